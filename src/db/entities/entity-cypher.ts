import { ENTITY_RELATION_TYPES } from '../../domain/vocabulary';
import { entityIdsByNameKey } from './name-key-lookup';

export const ENTITY_FIELDS = `{ .id, .type, .name, aliases: coalesce(x.aliases, []),
  surfaceForms: coalesce(x.surfaceForms, []), .description,
  externalIds: coalesce(x.externalIds, []), .year }`;

/** The fixed list of entity-to-entity relationship types, for patterns. */
export const ENTITY_RELATIONS = Object.values(ENTITY_RELATION_TYPES).join('|');

export const ENTITIES_BY_ID = `
UNWIND $keys AS key
MATCH (x:Entity {id: key})
RETURN key, x ${ENTITY_FIELDS} AS row`;

/**
 * Exact id first, then canonical name, alias, surface form or label, all by name key; ties go
 * to the most mentioned.
 */
export const FIND_ENTITY = `
WITH ${entityIdsByNameKey('query', 'Entity')} AS ids
MATCH (x:Entity)
WHERE x.id IN ids AND ($type IS NULL OR x.type = $type)
WITH x,
     CASE WHEN x.id = $query THEN 0
          WHEN x.nameKey = $queryKey THEN 1
          WHEN $queryKey IN coalesce(x.aliasKeys, []) THEN 2
          ELSE 3 END AS rank,
     COUNT { (:Turn)-[:MENTIONS]->(x) } AS mentions
ORDER BY rank, mentions DESC, x.id
LIMIT 1
RETURN x ${ENTITY_FIELDS} AS row`;

const ORDERS = {
  CITATIONS_DESC: 'mentions DESC, x.name, x.id',
  NAME_ASC: 'x.nameLower, x.id',
  CLAIMS_DESC: 'claims DESC, mentions DESC, x.name, x.id',
} as const;
export type EntityOrder = keyof typeof ORDERS;

export function entityPage(order: EntityOrder): string {
  return `
WITH CASE WHEN $citedBy IS NULL THEN null
          ELSE ${entityIdsByNameKey('citedBy', 'Person')} END AS citers
MATCH (x:Entity)
WHERE ($types IS NULL OR x.type IN $types)
  AND ($name IS NULL OR x.nameLower CONTAINS $name
       OR any(form IN x.aliases + coalesce(x.surfaceForms, []) WHERE toLower(form) CONTAINS $name)
       OR ($nameKey <> '' AND any(key IN coalesce(x.nameKeys, []) WHERE key CONTAINS $nameKey)))
  AND ($episodeId IS NULL OR EXISTS { (:Turn {episodeId: $episodeId})-[:MENTIONS]->(x) })
  AND (citers IS NULL OR EXISTS { (t:Turn)-[:MENTIONS]->(x) WHERE t.speakerId IN citers })
WITH x, COUNT { (:Turn)-[:MENTIONS]->(x) } AS mentions, COUNT { (:Claim)-[:ABOUT]->(x) } AS claims
ORDER BY ${ORDERS[order]}
WITH collect(x) AS matched
RETURN size(matched) AS totalCount,
       [x IN matched[$offset..($offset + $first)] | x ${ENTITY_FIELDS}] AS items`;
}

export const MENTION_FIELDS = `{ turnId: t.id, entityId: x.id, form: m.form, start: m.start, end: m.end }`;

export const MENTION_PAGES_BY_ENTITY = `
UNWIND $keys AS key
MATCH (t:Turn)-[m:MENTIONS]->(x:Entity {id: key})
WITH key, t, m, x ORDER BY t.episodeId, t.position, m.start
WITH key, collect(${MENTION_FIELDS}) AS matched
RETURN key, size(matched) AS totalCount, matched[$offset..($offset + $first)] AS items`;

export const MENTIONS_BY_TURN = `
UNWIND $keys AS key
MATCH (t:Turn {id: key})-[m:MENTIONS]->(x:Entity)
RETURN key, ${MENTION_FIELDS} AS row
ORDER BY m.start`;

export const MENTION_COUNTS = `
UNWIND $keys AS key
RETURN key, COUNT { (:Turn)-[:MENTIONS]->(:Entity {id: key}) } AS count`;

export const CITED_BY = `
UNWIND $keys AS key
MATCH (t:Turn)-[:MENTIONS]->(:Entity {id: key})
WITH key, t.speakerId AS personId, count(*) AS count
ORDER BY count DESC, personId
RETURN key, { personId: personId, count: count } AS row`;

export const RELATIONS_BY_ENTITY = `
UNWIND $keys AS key
MATCH (x:Entity {id: key})-[r:${ENTITY_RELATIONS}]-(other:Entity)
RETURN key, { type: type(r), direction: CASE WHEN startNode(r) = x THEN 'OUTGOING' ELSE 'INCOMING' END,
              entityId: other.id, role: r.role } AS row
ORDER BY row.type, other.name`;

/**
 * Entities within 1 to 3 hops over entity relations. The variable-length bound is fixed at 3 in
 * the text (bounds cannot be parameters); $depth and $types filter the paths found.
 */
export const RELATED_ENTITIES = `
UNWIND $keys AS key
MATCH (start:Entity {id: key})
MATCH path = (start)-[rels:${ENTITY_RELATIONS}*1..3]-(other:Entity)
WHERE other <> start AND length(path) <= $depth
  AND ($types IS NULL OR all(r IN rels WHERE type(r) IN $types))
WITH key, other, path ORDER BY length(path), [r IN relationships(path) | type(r)]
WITH key, other, head(collect(path)) AS shortest
WITH key, other, length(shortest) AS depth, [r IN relationships(shortest) | type(r)] AS types
ORDER BY depth, other.name, other.id
WITH key, collect({ entityId: other.id, depth: depth, path: types })[0..$first] AS related
UNWIND related AS row
RETURN key, row`;

export const SPEAKERS = `
MATCH (x:Person)-[a:APPEARED_IN]->()
WHERE $role IS NULL OR a.role = $role
WITH DISTINCT x
ORDER BY x.name
LIMIT $first
RETURN x ${ENTITY_FIELDS} AS row`;
