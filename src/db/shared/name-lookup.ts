import type { Params } from '../database';

/**
 * Names to ids, once per statement, through indexes only: the id constraint, the
 * `entity_name_lower` index, the `appeared_in_label_lower` relationship index for the first
 * names speakers go by, and the `entity_text` full-text index to find candidates for aliases and
 * surface forms, which are then compared exactly. Every statement that takes a speaker or an
 * entity by name goes through here, so changing how names match (a normalised key with its
 * own index) is a change to this file alone.
 *
 * Each lookup is a `COLLECT { ... }` expression: the list of matching ids, computed once.
 */
export const nameLookup = {
  people(param: string): string {
    return `COLLECT {
  MATCH (p:Person {id: $${param}}) RETURN p.id AS id
  UNION
  MATCH (p:Entity {nameLower: toLower($${param})}) WHERE p:Person RETURN p.id AS id
  UNION
  MATCH (p:Person)-[:APPEARED_IN {labelLower: toLower($${param})}]->() RETURN p.id AS id
}`;
  },

  entities(param: string): string {
    return `COLLECT {
  MATCH (x:Entity {id: $${param}}) RETURN x.id AS id
  UNION
  MATCH (x:Entity {nameLower: toLower($${param})}) RETURN x.id AS id
  UNION
  WITH $${param}Phrase AS phrase WHERE phrase IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_text', phrase, { limit: 1000 }) YIELD node AS x
  WITH x WHERE any(form IN x.aliases + coalesce(x.surfaceForms, []) WHERE toLower(form) = toLower($${param}))
  RETURN x.id AS id
}`;
  },

  /** The parameters a lookup of `value` under `param` needs. */
  params(param: string, value: string | null): Params {
    return { [param]: value, [`${param}Phrase`]: value === null ? null : phrase(value) };
  },
};

/** A Lucene phrase query for the full-text candidates, or null when nothing is searchable. */
function phrase(value: string): string | null {
  if (!/[\p{L}\p{N}]/u.test(value)) return null;
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}
