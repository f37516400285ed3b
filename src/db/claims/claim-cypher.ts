import { ENTITY_FIELDS } from '../entities/entity-cypher';
import { orderBy, seekPredicate, sortKeyOf, type SortColumn } from '../shared/keyset';
import { nameLookup } from '../shared/name-lookup';
import type { PageOptions } from '../shared/pagination';
import { fieldsOf } from '../shared/shape';
import { claimsAbout, NESTED_CLAIM_ORDER } from './claims-about-cypher';
import { CLAIM_SPEC } from './claim-shape';

export { NESTED_CLAIM_ORDER, walkFrom } from './claims-about-cypher';

/** Every property of a claim over `c`: what the loaders read (ClaimModel). */
export const CLAIM_FIELDS = fieldsOf(CLAIM_SPEC, 'c');

/** What the statements below return per claim by default: the whole of it. */
const WHOLE_CLAIM = `c ${CLAIM_FIELDS}`;

/**
 * The filters a claim page can take, each one fixed clause over `c`. Only the clauses of the
 * filters a request gives go into its statement; every value is a parameter.
 */
export const CLAIM_FILTERS = {
  speaker: 'c.speakerId IN speakerIds',
  kinds: 'c.kind IN $kinds',
  statuses: 'c.status IN $statuses',
  dueBefore: 'c.deadline <= date($dueBefore)',
  dueAfter: 'c.deadline >= date($dueAfter)',
  dated: '(c.deadline IS NOT NULL) = $dated',
  conditional: 'c.conditional = $conditional',
  episodeId: 'c.episodeId = $episodeId',
  sectionId: 'EXISTS { (c)-[:STATED_IN]->(:Turn {sectionId: $sectionId}) }',
  topic: 'EXISTS { (c)-[:HAS_TOPIC]->(:Topic {id: $topic}) }',
  text: "(toLower(c.quote) CONTAINS $text OR toLower(coalesce(c.paraphrase, '')) CONTAINS $text)",
  entity: 'EXISTS { (c)-[:ABOUT]->(x:Entity) WHERE x.id IN entityIds }',
  // A reported view: attributed to a person by name, or to a group whose words contain it.
  attributedTo:
    '(c.attributedToId IN attributedIds OR toLower(c.attributedToGroup) CONTAINS toLower($attributedTo))',
} as const;
export type ClaimFilterName = keyof typeof CLAIM_FILTERS;

/**
 * Sort orders as keyset columns. `c.sortKey` is the episode order (episode, turn position,
 * offset, id) as one indexed string written at import, unique per claim, so it ends every order.
 */
export const CLAIM_ORDERS = {
  EPISODE_ORDER: [{ expr: 'c.sortKey' }],
  DEADLINE_ASC: [{ expr: "coalesce(toString(c.deadline), '9999-12-31')" }, { expr: 'c.sortKey' }],
  DEADLINE_DESC: [
    { expr: "coalesce(toString(c.deadline), '0000-01-01')", desc: true },
    { expr: 'c.sortKey' },
  ],
  CONFIDENCE_DESC: [{ expr: 'coalesce(c.probability, -1.0)', desc: true }, { expr: 'c.sortKey' }],
} as const satisfies Record<string, readonly SortColumn[]>;
export type ClaimOrder = keyof typeof CLAIM_ORDERS;

/**
 * The same orders when the filter leaves only dated predictions (dueBefore, dueAfter, dated):
 * the deadline itself is the column, so the (speakerId, deadline) and deadline indexes give the
 * order and a page stops after its rows. Cursors are the same ('YYYY-MM-DD', sortKey), so a
 * cursor serves both forms of its order.
 */
const DATED_DEADLINE = {
  expr: 'c.deadline',
  key: 'toString(c.deadline)',
  seek: (param: string) => `date(${param})`,
};
export const DATED_CLAIM_ORDERS = {
  ...CLAIM_ORDERS,
  DEADLINE_ASC: [DATED_DEADLINE, { expr: 'c.sortKey' }],
  DEADLINE_DESC: [{ ...DATED_DEADLINE, desc: true }, { expr: 'c.sortKey' }],
} as const satisfies Record<ClaimOrder, readonly SortColumn[]>;

/**
 * One statement per page: names resolved once through indexes, then (when asked) the count,
 * then the page itself, sought after the cursor, ordered and limited inside Cypher.
 */
export function claimPage(
  filters: readonly ClaimFilterName[],
  predictionsOnly: boolean,
  order: ClaimOrder,
  options: PageOptions & { datedOnly?: boolean; label?: string; projection?: string },
): string {
  const columns = (options.datedOnly ? DATED_CLAIM_ORDERS : CLAIM_ORDERS)[order];
  const label = options.label ?? (predictionsOnly ? 'Prediction' : 'Claim');
  const carried: string[] = [];
  const lookups: string[] = [];
  if (filters.includes('speaker')) {
    lookups.push(`${nameLookup.people('speaker')} AS speakerIds`);
    carried.push('speakerIds');
  }
  if (filters.includes('entity')) {
    lookups.push(`${nameLookup.entities('entity')} AS entityIds`);
    carried.push('entityIds');
  }
  if (filters.includes('attributedTo')) {
    lookups.push(`${nameLookup.people('attributedTo')} AS attributedIds`);
    carried.push('attributedIds');
  }
  const preamble = lookups.length === 0 ? [] : [`WITH ${lookups.join(', ')}`];
  // Claims about an entity start from the entity (few ids, indexed), not from every claim.
  const byEntity = filters.includes('entity');
  const match = byEntity
    ? `MATCH (x:Entity)<-[:ABOUT]-(c:${label}) WHERE x.id IN entityIds WITH DISTINCT c`
    : `MATCH (c:${label})`;
  const where = filters.filter((name) => name !== 'entity').map((name) => CLAIM_FILTERS[name]);
  const scope = carried.join(', ');
  const count = options.withCount
    ? `CALL (${scope}) {
  ${match} ${whereOf(where)}
  RETURN count(c) AS totalCount
}`
    : 'WITH null AS totalCount' + (scope === '' ? '' : `, ${scope}`);
  // The first page of the episode order reads the sortKey index in order: no sort at all.
  const anchor =
    !options.seek && order === 'EPISODE_ORDER' && !byEntity ? ['c.sortKey IS NOT NULL'] : [];
  const pageWhere = options.seek
    ? [...where, seekPredicate(columns, options.backward)]
    : [...where, ...anchor];
  return `
${preamble.join('\n')}
${count}
CALL (${scope}) {
  ${match} ${whereOf(pageWhere)}
  WITH c ORDER BY ${orderBy(columns, options.backward)} LIMIT $limit
  RETURN collect({ node: ${options.projection ?? WHOLE_CLAIM}, key: ${sortKeyOf(columns)} }) AS rows
}
RETURN rows, totalCount`;
}

function whereOf(clauses: readonly string[]): string {
  return clauses.length === 0 ? '' : `WHERE ${clauses.join('\n  AND ')}`;
}

export function claimsById(label = 'Claim', projection = WHOLE_CLAIM): string {
  return `
UNWIND $keys AS key
MATCH (c:${label} {id: key})
RETURN key, ${projection} AS row`;
}

export const CLAIMS_BY_TURN = `
UNWIND $keys AS key
MATCH (c:Claim {turnId: key})
RETURN key, c ${CLAIM_FIELDS} AS row
ORDER BY c.start`;

/**
 * A page of claims per parent, for nested lists: people's claims and entities' claims. Each
 * parent gets its own ordered, limited subquery; the count runs only when it is selected.
 */
export function claimPagesBy(
  parent: 'speaker' | 'entity',
  label: string,
  options: PageOptions & { projection?: string },
): string {
  const rows = `RETURN collect({ node: ${options.projection ?? WHOLE_CLAIM}, key: ${sortKeyOf(NESTED_CLAIM_ORDER)} }) AS rows`;
  if (parent === 'entity') {
    return `
UNWIND $keys AS key
MATCH (x:Entity {id: key})
CALL (x) {
  ${claimsAbout('x', 'c', label, options, { limit: '$limit', seek: '$seek', walkFrom: '$walkFrom' })}
  ${rows}
}
RETURN key, rows, ${options.withCount ? `COUNT { (c:${label})-[:ABOUT]->(x) }` : 'null'} AS totalCount`;
  }
  const match = `MATCH (c:${label} {speakerId: key})`;
  const where =
    '($kinds IS NULL OR c.kind IN $kinds) AND ($episodeId IS NULL OR c.episodeId = $episodeId)';
  const columns = NESTED_CLAIM_ORDER;
  return `
UNWIND $keys AS key
CALL (key) {
  ${match}
  WHERE ${where}${options.seek ? ` AND ${seekPredicate(columns, options.backward)}` : ''}
  WITH c ORDER BY ${orderBy(columns, options.backward)} LIMIT $limit
  ${rows}
}
${
  options.withCount
    ? `CALL (key) {
  ${match}
  WHERE ${where}
  RETURN count(c) AS totalCount
}`
    : 'WITH key, rows, null AS totalCount'
}
RETURN key, rows, totalCount`;
}

/** The entities a claim is about, whole: one wave instead of ids first, then entities. */
export const ABOUT_BY_CLAIM = `
UNWIND $keys AS key
MATCH (:Claim {id: key})-[:ABOUT]->(x:Entity)
RETURN key, x ${ENTITY_FIELDS} AS row
ORDER BY x.name`;

export const RELATIONS_BY_CLAIM = `
UNWIND $keys AS key
MATCH (c:Claim {id: key})-[r:SUPPORTS|CONTRADICTS|REFINES|ANSWERS|ENDORSES]-(other:Claim)
RETURN key, { type: type(r), direction: CASE WHEN startNode(r) = c THEN 'OUTGOING' ELSE 'INCOMING' END,
              claimId: other.id } AS row
ORDER BY other.episodeId, other.turnPosition, other.start`;

export const RESOLUTIONS_BY_CLAIM = `
UNWIND $keys AS key
MATCH (:Claim {id: key})-[:HAS_RESOLUTION]->(r:Resolution)
RETURN key, r { .id, .action, .status, .previousStatus, .evidenceUrl, .note,
                resolvedAt: toString(r.resolvedAt), recordedAt: toString(r.recordedAt),
                .recordedBy } AS row
ORDER BY r.sequence`;

export const TRACK_RECORDS = `
UNWIND $keys AS key
// A track record holds a person's own forecasts, not the views they reported for others.
OPTIONAL MATCH (c:Prediction {speakerId: key})
WHERE c.attributedToId IS NULL AND c.attributedToGroup IS NULL
WITH key, c,
     CASE c.status WHEN 'CORRECT' THEN 1.0 WHEN 'INCORRECT' THEN 0.0
                   WHEN 'PARTIALLY_CORRECT' THEN 0.5 ELSE null END AS outcome
RETURN key,
       count(c) AS total,
       count(CASE WHEN c.status <> 'OPEN' THEN 1 END) AS resolved,
       count(CASE WHEN c.status = 'CORRECT' THEN 1 END) AS correct,
       count(CASE WHEN c.status = 'INCORRECT' THEN 1 END) AS incorrect,
       count(CASE WHEN c.status = 'PARTIALLY_CORRECT' THEN 1 END) AS partiallyCorrect,
       count(CASE WHEN c.status = 'UNRESOLVABLE' THEN 1 END) AS unresolvable,
       count(CASE WHEN c.status = 'OPEN' THEN 1 END) AS open,
       avg(CASE WHEN outcome IS NULL THEN null ELSE (c.probability - outcome) ^ 2 END) AS brierScore`;
