import { ENTITY_FIELDS } from '../entities/entity-cypher';
import { EPISODE_FIELDS } from '../episodes/episode-cypher';
import { orderBy, seekPredicate, sortKeyOf, type SortColumn } from '../shared/keyset';
import { nameLookup } from '../shared/name-lookup';

/**
 * The index pages' lists (people, episodes) and the figures their rows and downloads show.
 * Keyset pages as everywhere (src/db/shared/keyset.ts); counts are degrees and COUNT
 * subqueries over indexed properties, computed per candidate, and every claim pattern names
 * `:Claim` or `:Prediction` (accepted claims only, PLAN decision 1).
 */

/** A speaker's own scored forecasts → Brier score, as TRACK_RECORDS in claim-cypher.ts. */
const BRIER = `COLLECT {
    MATCH (c:Prediction {speakerId: x.id})
    WHERE c.attributedToId IS NULL AND c.attributedToGroup IS NULL
      AND c.status IN ['CORRECT', 'INCORRECT', 'PARTIALLY_CORRECT']
    RETURN (c.probability - CASE c.status WHEN 'CORRECT' THEN 1.0
                                          WHEN 'INCORRECT' THEN 0.0 ELSE 0.5 END) ^ 2 AS error
  }`;

export const SPEAKER_ORDERS = {
  NAME_ASC: [{ expr: 'toLower(x.name)' }, { expr: 'x.id' }],
  PREDICTIONS_DESC: [
    { expr: 'predictions', desc: true },
    { expr: 'toLower(x.name)' },
    { expr: 'x.id' },
  ],
  EPISODES_DESC: [{ expr: 'episodes', desc: true }, { expr: 'toLower(x.name)' }, { expr: 'x.id' }],
  // No scored prediction sorts after every score (a Brier score is at most 1).
  BRIER_ASC: [{ expr: 'coalesce(brier, 2.0)' }, { expr: 'toLower(x.name)' }, { expr: 'x.id' }],
} as const satisfies Record<string, readonly SortColumn[]>;
export type SpeakerOrder = keyof typeof SPEAKER_ORDERS;

export const SPEAKER_FILTERS = {
  name: `(toLower(x.name) CONTAINS $name
       OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) CONTAINS $name))`,
  role: 'EXISTS { (x)-[a:APPEARED_IN]->() WHERE a.role = $role }',
  episodeId: 'EXISTS { (x)-[:APPEARED_IN]->(:Episode {id: $episodeId}) }',
} as const;
export type SpeakerFilterName = keyof typeof SPEAKER_FILTERS;

function whereOf(clauses: readonly string[]): string {
  return clauses.length === 0 ? '' : `WHERE ${clauses.join('\n  AND ')}`;
}

export function speakerPage(
  filters: readonly SpeakerFilterName[],
  order: SpeakerOrder,
  options: { backward: boolean; seek: boolean; withCount: boolean },
): string {
  const columns = SPEAKER_ORDERS[order];
  const where = whereOf(filters.map((name) => SPEAKER_FILTERS[name]));
  const match = `MATCH (x:Person) WHERE EXISTS { (x)-[:APPEARED_IN]->(:Episode) }
  WITH x ${where}`;
  return `
${
  options.withCount
    ? `CALL () { ${match} RETURN count(x) AS totalCount }`
    : 'WITH null AS totalCount'
}
CALL () {
  ${match}
  WITH x, COUNT { (x)-[:APPEARED_IN]->() } AS episodes,
       COUNT { MATCH (c:Prediction {speakerId: x.id}) } AS predictions, ${BRIER} AS errors
  WITH x, episodes, predictions,
       CASE WHEN size(errors) = 0 THEN null ELSE reduce(s = 0.0, e IN errors | s + e) / size(errors) END AS brier
  ${options.seek ? `WHERE ${seekPredicate(columns, options.backward)}` : ''}
  WITH x, episodes, predictions, brier ORDER BY ${orderBy(columns, options.backward)} LIMIT $limit
  RETURN collect({ node: x ${ENTITY_FIELDS}, key: ${sortKeyOf(columns)},
                   stats: { episodes: episodes, predictions: predictions, brierScore: brier } }) AS rows
}
RETURN rows, totalCount`;
}

export const EPISODE_ORDERS = {
  AIR_DATE_DESC: [{ expr: 'toString(e.airDate)', desc: true }, { expr: 'e.id' }],
  AIR_DATE_ASC: [{ expr: 'toString(e.airDate)' }, { expr: 'e.id' }],
  TITLE_ASC: [{ expr: 'toLower(e.title)' }, { expr: 'e.id' }],
  CLAIMS_DESC: [{ expr: 'claims', desc: true }, { expr: 'e.id' }],
} as const satisfies Record<string, readonly SortColumn[]>;
export type EpisodeOrder = keyof typeof EPISODE_ORDERS;

export const EPISODE_FILTERS = {
  text: 'toLower(e.title) CONTAINS $text',
  speaker: 'EXISTS { (p:Person)-[:APPEARED_IN]->(e) WHERE p.id IN speakerIds }',
} as const;
export type EpisodeFilterName = keyof typeof EPISODE_FILTERS;

/** An episode's figures for the index and its download. */
export const EPISODE_STATS = `{
    claims: COUNT { MATCH (c:Claim {episodeId: e.id}) },
    predictions: COUNT { MATCH (c:Prediction {episodeId: e.id}) },
    timedTurns: COUNT { MATCH (t:Turn {episodeId: e.id}) WHERE t.startTime IS NOT NULL },
    hasMedia: e.mediaUrl IS NOT NULL,
    speakers: COLLECT { MATCH (p:Person)-[a:APPEARED_IN]->(e)
                        RETURN p.name ORDER BY CASE a.role WHEN 'host' THEN 0 ELSE 1 END, p.name }
  }`;

export function episodePage(
  filters: readonly EpisodeFilterName[],
  order: EpisodeOrder,
  options: { backward: boolean; seek: boolean; withCount: boolean },
): string {
  const columns = EPISODE_ORDERS[order];
  const bySpeaker = filters.includes('speaker');
  const scope = bySpeaker ? 'speakerIds' : '';
  const match = `MATCH (e:Episode) ${whereOf(filters.map((name) => EPISODE_FILTERS[name]))}`;
  return `
${bySpeaker ? `WITH ${nameLookup.people('speaker')} AS speakerIds` : ''}
${
  options.withCount
    ? `CALL (${scope}) { ${match} RETURN count(e) AS totalCount }`
    : `WITH null AS totalCount${bySpeaker ? ', speakerIds' : ''}`
}
CALL (${scope}) {
  ${match}
  WITH e, COUNT { MATCH (c:Claim {episodeId: e.id}) } AS claims
  ${options.seek ? `WHERE ${seekPredicate(columns, options.backward)}` : ''}
  WITH e, claims ORDER BY ${orderBy(columns, options.backward)} LIMIT $limit
  RETURN collect({ node: e ${EPISODE_FIELDS}, key: ${sortKeyOf(columns)},
                   stats: ${EPISODE_STATS} }) AS rows
}
RETURN rows, totalCount`;
}

/** The same figures for episodes by id (an episode's fields on any query). */
export const EPISODE_STATS_BY_ID = `
UNWIND $keys AS key
MATCH (e:Episode {id: key})
RETURN key, ${EPISODE_STATS} AS row`;

/** An entity's figures for the entities download: mentions, claims about it, who cited it. */
export const ENTITY_STATS_BY_ID = `
UNWIND $keys AS key
MATCH (x:Entity {id: key})
CALL (x) {
  OPTIONAL MATCH (t:Turn)-[:MENTIONS]->(x)
  WITH t.speakerId AS speakerId, count(t) AS times
  WHERE speakerId IS NOT NULL
  MATCH (p:Person {id: speakerId})
  WITH p, times ORDER BY times DESC, p.name
  RETURN collect({ name: p.name, key: p.id, count: times }) AS citedBy
}
RETURN key, {
  mentions: COUNT { (x)<-[:MENTIONS]-(:Turn) },
  claims: COUNT { MATCH (c:Claim)-[:ABOUT]->(x) },
  citedBy: citedBy
} AS row`;
