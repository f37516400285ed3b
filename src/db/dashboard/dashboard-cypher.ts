import { ENTITY_FIELDS } from '../entities/entity-cypher';
import { BUILT } from './counters-cypher';

/**
 * Dashboard aggregates, as one statement of the parts a request selects (each a CALL that
 * returns one column). None reads every claim: totals come from Neo4j's count store; counts by
 * kind, status, speaker and topic read the counters the writers keep (counters-cypher.ts);
 * per-section counts stop after the sections asked for; most cited entities are degrees of the
 * entity pool, which grows far slower than the corpus. A graph whose counters were never built
 * is counted from its claims instead (SCANS), until the next import or start builds them.
 */
export type DashboardColumn =
  | 'totals'
  | 'claimsBySpeaker'
  | 'claimsByKind'
  | 'claimsByTopic'
  | 'claimsBySection'
  | 'predictionsByStatus'
  | 'dueSoon'
  | 'overdue'
  | 'mostCited'
  | 'speakers';

/** A counted part read from the counters with `prefix`, as `{ <name>: row }` in `order`. */
function counted(prefix: string, row: string, order: string): string {
  return `MATCH (k:DashboardCount) WHERE k.key STARTS WITH '${prefix}' AND k.n > 0
  WITH substring(k.key, ${prefix.length}) AS name, k.n AS count ORDER BY ${order}
  RETURN collect(${row})`;
}

const FROM_COUNTERS: Partial<Record<DashboardColumn, string>> = {
  claimsBySpeaker: counted('speaker/', '{ id: name, count: count }', 'count DESC, name'),
  claimsByKind: counted('kind/', '{ label: name, count: count }', 'count DESC, name'),
  claimsByTopic: counted('topic/', '{ label: name, count: count }', 'count DESC, name'),
  predictionsByStatus: counted('status/', '{ label: name, count: count }', 'name'),
};

/** The same parts counted from the claims, for a graph without counters. */
export const SCANS: Partial<Record<DashboardColumn, string>> = {
  claimsBySpeaker: `MATCH (c:Claim) WITH c.speakerId AS id, count(*) AS count ORDER BY count DESC, id
  RETURN collect({ id: id, count: count })`,
  claimsByKind: `MATCH (c:Claim) WHERE c.kind IS NOT NULL WITH c.kind AS label, count(*) AS count
  ORDER BY count DESC, label RETURN collect({ label: label, count: count })`,
  claimsByTopic: `MATCH (c:Claim) UNWIND coalesce(c.topics, []) AS label WITH label, count(*) AS count
  ORDER BY count DESC, label RETURN collect({ label: label, count: count })`,
  predictionsByStatus: `MATCH (c:Prediction) WHERE c.status IS NOT NULL
  WITH c.status AS label, count(*) AS count ORDER BY label RETURN collect({ label: label, count: count })`,
};

const ALWAYS: Partial<Record<DashboardColumn, string>> = {
  totals: `RETURN { episodes: COUNT { MATCH (:Episode) }, turns: COUNT { MATCH (:Turn) },
    claims: COUNT { MATCH (:Claim) }, predictions: COUNT { MATCH (:Prediction) },
    entities: COUNT { MATCH (:Entity) }, mentions: COUNT { MATCH (:Turn)-[:MENTIONS]->() } }`,
  claimsBySection: `MATCH (s:Section)
  WITH s ORDER BY s.episodeId, s.position
  CALL (s) {
    MATCH (s)<-[:IN_SECTION]-(t:Turn)
    RETURN sum(COUNT { (t)<-[:STATED_IN]-(:Claim) }) AS count
  }
  WITH s, count WHERE count > 0
  LIMIT $first
  RETURN collect({ id: s.id, count: count })`,
  dueSoon: due(false),
  overdue: due(true),
  // With each entity whole, so its fields need no other statement.
  mostCited: `MATCH (x:Entity)
  WITH x, COUNT { (x)<-[:MENTIONS]-() } AS count
  WHERE count > 0
  ORDER BY count DESC, x.name
  LIMIT $first
  RETURN collect({ id: x.id, count: count, entity: x ${ENTITY_FIELDS} })`,
  speakers: `MATCH (p:Person) WHERE EXISTS { (p)-[:APPEARED_IN]->() }
  WITH p.id AS id ORDER BY id
  RETURN collect(id)`,
};

function due(overdue: boolean): string {
  const when = overdue
    ? 'c.deadline < date($asOf)'
    : 'c.deadline >= date($asOf) AND c.deadline <= date($asOf) + duration({days: $soonDays})';
  return `MATCH (c:Prediction)
  WHERE c.deadline IS NOT NULL AND c.status = 'OPEN' AND ${when}
  WITH c ORDER BY c.deadline, c.id
  LIMIT 100
  RETURN collect(c.id)`;
}

/**
 * One statement for the `selected` columns (the others come back empty), and whether the
 * counters are built (`built`); `counters` false counts from the claims instead.
 */
export function dashboardStatement(
  selected: ReadonlySet<DashboardColumn>,
  counters: boolean,
): string {
  const columns = Object.keys({ ...ALWAYS, ...FROM_COUNTERS }) as DashboardColumn[];
  const calls = columns.map((column) => {
    const body = (counters ? FROM_COUNTERS : SCANS)[column] ?? ALWAYS[column] ?? '';
    return selected.has(column)
      ? `CALL () {\n  ${body} AS ${column}\n}`
      : `WITH *, ${column === 'totals' ? 'null' : '[]'} AS ${column}`;
  });
  return `OPTIONAL MATCH (built:DashboardCount {key: '${BUILT}'})
WITH built IS NOT NULL AS built
${calls.join('\n')}
RETURN built, ${columns.join(', ')}`;
}
