/**
 * Dashboard counters: `(:DashboardCount {key, n})`, one node per figure the dashboard shows by
 * label: `kind/<kind>` (accepted claims of that kind), `status/<status>` (accepted predictions),
 * `speaker/<person id>` and `topic/<topic id>` (accepted claims). Only `:Claim` (and
 * `:Prediction`) nodes count, never drafts. A writer that changes claims counts them before and
 * after the change and adds the difference, in the same transaction (counters-repository.ts).
 */

/** The counter keys one claim `c` contributes to. */
const KEYS_OF_CLAIM = `['kind/' + c.kind, 'speaker/' + c.speakerId]
  + CASE WHEN c:Prediction THEN ['status/' + coalesce(c.status, 'OPEN')] ELSE [] END
  + [topic IN coalesce(c.topics, []) | 'topic/' + topic]`;

/** What the claims `match` finds count for: rows of `key, n`. */
function count(match: string): string {
  return `
${match}
UNWIND ${KEYS_OF_CLAIM} AS key
RETURN key, count(*) AS n`;
}

export const COUNT_BY_CLAIM = count('MATCH (c:Claim) WHERE c.id IN $ids');
export const COUNT_BY_EPISODE = count('MATCH (c:Claim) WHERE c.episodeId IN $ids');

/**
 * Adds each `{key, n}` of `$delta` to its counter. Locks are taken here, after the change to the
 * claims, in key order, so writers that also lock claims never wait on each other in a circle.
 */
export const APPLY = `
UNWIND $delta AS d
WITH d ORDER BY d.key
MERGE (k:DashboardCount {key: d.key})
SET k.n = coalesce(k.n, 0) + d.n`;

/** Marks counters as built over the whole graph; its absence means "rebuild before use". */
export const BUILT = '_built';

export const IS_BUILT = `
OPTIONAL MATCH (k:DashboardCount {key: '${BUILT}'})
RETURN k IS NOT NULL AS built`;

/** Counts every accepted claim again: for a graph written before counters existed. */
export const REBUILD = `
CALL () { MATCH (k:DashboardCount) DELETE k }
WITH 1 AS one
OPTIONAL MATCH (c:Claim)
WITH c WHERE c IS NOT NULL
UNWIND ${KEYS_OF_CLAIM} AS key
WITH key, count(*) AS n
CREATE (:DashboardCount {key: key, n: n})`;

export const MARK_BUILT = `MERGE (k:DashboardCount {key: '${BUILT}'}) SET k.n = 1`;
