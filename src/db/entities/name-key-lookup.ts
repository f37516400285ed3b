/**
 * The one lookup by written name. `$<param>` is what the user typed; `$<param>Key` is its key
 * (src/domain/name-key.ts), computed by the repository. An id matches exactly; any name, alias,
 * surface form or speaker label matches by key, through the unique NameKey index, so case,
 * accents, punctuation, spacing and CamelCase never matter.
 */
export function entityIdsByNameKey(param: string, label: 'Entity' | 'Person'): string {
  return `COLLECT {
  MATCH (x:${label} {id: $${param}}) RETURN x.id AS id
  UNION
  MATCH (:NameKey {key: $${param}Key})-[:NAMES]->(x:${label}) RETURN x.id AS id
}`;
}
