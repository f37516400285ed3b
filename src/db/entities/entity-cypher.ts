import { orderBy, seekPredicate, sortKeyOf, type SortColumn } from '../shared/keyset';
import { nameLookup } from '../shared/name-lookup';
import { fieldsOf } from '../shared/shape';
import { ENTITY_RELATION_TYPES } from '../../domain/vocabulary';
import { ENTITY_SPEC } from './entity-shape';

/** Every property of an entity over `x`: what the loaders read (EntityModel). */
export const ENTITY_FIELDS = fieldsOf(ENTITY_SPEC, 'x');

/** The fixed list of entity-to-entity relationship types, for patterns. */
export const ENTITY_RELATIONS = Object.values(ENTITY_RELATION_TYPES).join('|');

export const ENTITIES_BY_ID = `
UNWIND $keys AS key
MATCH (x:Entity {id: key})
RETURN key, x ${ENTITY_FIELDS} AS row`;

/**
 * Exact id first, then canonical name, alias, surface form; ties go to the most mentioned.
 * Candidates come from the indexed name lookup, so only they are ranked.
 */
export function findEntity(person: boolean, projection = `x ${ENTITY_FIELDS}`): string {
  const lookup = person
    ? `UNWIND ${nameLookup.people('query')} + ${nameLookup.entities('query')} AS id`
    : `UNWIND ${nameLookup.entities('query')} AS id`;
  return `
${lookup}
WITH DISTINCT id
MATCH (x:Entity {id: id})
WHERE $type IS NULL OR x.type = $type
WITH x,
     CASE WHEN x.id = $query THEN 0
          WHEN x.nameKey = $queryKey THEN 1
          WHEN $queryKey IN coalesce(x.aliasKeys, []) THEN 2
          ELSE 3 END AS rank,
     COUNT { (x)<-[:MENTIONS]-() } AS mentions
ORDER BY rank, mentions DESC, x.id
LIMIT 1
RETURN ${projection} AS row`;
}

/** Entity filters, each one fixed clause over `x`; only the given ones enter a statement. */
export const ENTITY_FILTERS = {
  types: 'x.type IN $types',
  name: `(x.nameLower CONTAINS $name
       OR any(form IN x.aliases + coalesce(x.surfaceForms, []) WHERE toLower(form) CONTAINS $name)
       OR ($nameKey <> '' AND any(key IN coalesce(x.nameKeys, []) WHERE key CONTAINS $nameKey)))`,
  episodeId: 'EXISTS { (:Turn {episodeId: $episodeId})-[:MENTIONS]->(x) }',
  citedBy: 'EXISTS { (t:Turn)-[:MENTIONS]->(x) WHERE t.speakerId IN citers }',
} as const;
export type EntityFilterName = keyof typeof ENTITY_FILTERS;

/**
 * Keyset columns per order. Mention and claim counts are relationship degrees (no expansion),
 * computed per candidate; the entity pool grows far slower than the corpus.
 */
export const ENTITY_ORDERS = {
  CITATIONS_DESC: [{ expr: 'mentions', desc: true }, { expr: 'x.name' }, { expr: 'x.id' }],
  NAME_ASC: [{ expr: 'x.nameLower' }, { expr: 'x.id' }],
  CLAIMS_DESC: [
    { expr: 'claims', desc: true },
    { expr: 'mentions', desc: true },
    { expr: 'x.name' },
    { expr: 'x.id' },
  ],
} as const satisfies Record<string, readonly SortColumn[]>;
export type EntityOrder = keyof typeof ENTITY_ORDERS;

export function entityPage(
  filters: readonly EntityFilterName[],
  order: EntityOrder,
  options: { backward: boolean; seek: boolean; withCount: boolean },
): string {
  const columns = ENTITY_ORDERS[order];
  const citers = filters.includes('citedBy');
  const where = filters.map((name) => ENTITY_FILTERS[name]);
  const whereText = where.length === 0 ? '' : `WHERE ${where.join('\n  AND ')}`;
  const scope = citers ? 'citers' : '';
  return `
${citers ? `WITH ${nameLookup.people('citedBy')} AS citers` : ''}
${
  options.withCount
    ? `CALL (${scope}) { MATCH (x:Entity) ${whereText} RETURN count(x) AS totalCount }`
    : `WITH null AS totalCount${citers ? ', citers' : ''}`
}
CALL (${scope}) {
  MATCH (x:Entity) ${whereText}
  WITH x, COUNT { (x)<-[:MENTIONS]-() } AS mentions, COUNT { (x)<-[:ABOUT]-() } AS claims
  ${options.seek ? `WHERE ${seekPredicate(columns, options.backward)}` : ''}
  WITH x, mentions, claims ORDER BY ${orderBy(columns, options.backward)} LIMIT $limit
  RETURN collect({ node: x ${ENTITY_FIELDS}, key: ${sortKeyOf(columns)} }) AS rows
}
RETURN rows, totalCount`;
}

export const MENTION_FIELDS = `{ turnId: t.id, entityId: x.id, form: m.form, start: m.start, end: m.end }`;

export const MENTION_ORDER = [
  { expr: 't.episodeId' },
  { expr: 't.position' },
  { expr: 'm.start' },
] as const satisfies readonly SortColumn[];

export function mentionPagesByEntity(options: {
  backward: boolean;
  seek: boolean;
  withCount: boolean;
}): string {
  return `
UNWIND $keys AS key
CALL (key) {
  MATCH (t:Turn)-[m:MENTIONS]->(x:Entity {id: key})
  ${options.seek ? `WHERE ${seekPredicate(MENTION_ORDER, options.backward)}` : ''}
  WITH t, m, x ORDER BY ${orderBy(MENTION_ORDER, options.backward)} LIMIT $limit
  RETURN collect({ node: ${MENTION_FIELDS}, key: ${sortKeyOf(MENTION_ORDER)} }) AS rows
}
${
  options.withCount
    ? 'RETURN key, rows, COUNT { (:Entity {id: key})<-[:MENTIONS]-() } AS totalCount'
    : 'RETURN key, rows, null AS totalCount'
}`;
}

export const MENTIONS_BY_TURN = `
UNWIND $keys AS key
MATCH (t:Turn {id: key})-[m:MENTIONS]->(x:Entity)
RETURN key, ${MENTION_FIELDS} AS row
ORDER BY m.start`;

/** Degrees, not expansions: a hub's count costs what a leaf's does. */
export const MENTION_COUNTS = `
UNWIND $keys AS key
MATCH (x:Entity {id: key})
RETURN key, COUNT { (x)<-[:MENTIONS]-() } AS count`;

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
 * Entities within 1 to 3 hops over entity relations, breadth-first: nearest first, then by
 * name, each whole (so the entities' fields need no statement of their own). A level is expanded only while the levels before it hold fewer than $first entities,
 * so its frontier is under $first nodes; a hub with thousands of neighbours answers from its
 * first level without enumerating paths. Each entity keeps the first of its shortest paths by
 * relationship types.
 */
export const RELATED_ENTITIES = `
UNWIND $keys AS key
MATCH (start:Entity {id: key})
CALL (start) {
  MATCH (start)-[r:${ENTITY_RELATIONS}]-(n:Entity)
  WHERE n <> start AND ($types IS NULL OR type(r) IN $types)
  WITH n, [type(r)] AS path ORDER BY path
  WITH n, head(collect(path)) AS path
  ORDER BY n.name, n.id LIMIT $first
  RETURN collect({ node: n, path: path, depth: 1 }) AS level1
}
CALL (start, level1) {
  WITH level1 WHERE $depth >= 2 AND size(level1) < $first
  UNWIND level1 AS f
  WITH f.node AS a, f.path AS via, [g IN level1 | g.node] AS seen
  MATCH (a)-[r:${ENTITY_RELATIONS}]-(n:Entity)
  WHERE n <> start AND NOT n IN seen AND ($types IS NULL OR type(r) IN $types)
  WITH n, via + type(r) AS path ORDER BY path
  WITH n, head(collect(path)) AS path
  ORDER BY n.name, n.id LIMIT $first
  RETURN collect({ node: n, path: path, depth: 2 }) AS level2
}
CALL (start, level1, level2) {
  WITH level1, level2 WHERE $depth >= 3 AND size(level1) + size(level2) < $first
  UNWIND level2 AS f
  WITH f.node AS a, f.path AS via, [g IN level1 + level2 | g.node] AS seen
  MATCH (a)-[r:${ENTITY_RELATIONS}]-(n:Entity)
  WHERE n <> start AND NOT n IN seen AND ($types IS NULL OR type(r) IN $types)
  WITH n, via + type(r) AS path ORDER BY path
  WITH n, head(collect(path)) AS path
  ORDER BY n.name, n.id LIMIT $first
  RETURN collect({ node: n, path: path, depth: 3 }) AS level3
}
UNWIND (level1 + level2 + level3)[0..$first] AS found
WITH key, found, found.node AS x
RETURN key, { entityId: x.id, depth: found.depth, path: found.path, entity: x ${ENTITY_FIELDS} } AS row`;

export const SPEAKERS = `
MATCH (x:Person)-[a:APPEARED_IN]->()
WHERE $role IS NULL OR a.role = $role
WITH DISTINCT x
ORDER BY x.name
LIMIT $first
RETURN x ${ENTITY_FIELDS} AS row`;
