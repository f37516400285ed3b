import { nameLookup } from '../shared/name-lookup';

/**
 * Statements for the open-data routes (CSV, JSON lines, Web Annotation, iCalendar, Atom). Every
 * claim pattern names `:Claim` (accepted claims only, PLAN decision 1); every value is a
 * parameter. Pages of claims come from the API's own keyset statement (claim-repository), so a
 * download has exactly the rows and order the API has; these statements add what a file needs
 * beside each claim of a page: names, the episode, the turn and its time, the last resolution.
 */

/**
 * What a row of a download needs beyond ClaimModel, for a page of claim ids. `startTime` and
 * `endTime` are the turn's seconds into the episode's media, null where the transcript gives
 * none. The last resolution is the newest record (RESOLVE or REOPEN) of the prediction.
 */
export const CLAIM_DETAILS = `
UNWIND $keys AS key
MATCH (c:Claim {id: key})-[:STATED_IN]->(t:Turn)
MATCH (e:Episode {id: c.episodeId})
OPTIONAL MATCH (s:Person {id: c.speakerId})
OPTIONAL MATCH (a:Person {id: c.attributedToId})
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_RESOLUTION]->(r:Resolution)
  WITH r ORDER BY r.sequence DESC LIMIT 1
  RETURN r { .action, .evidenceUrl, .note, resolvedAt: toString(r.resolvedAt),
             recordedAt: toString(r.recordedAt), .recordedBy } AS resolution
}
RETURN key, {
  speakerName: s.name,
  attributedToName: a.name,
  episodeTitle: e.title,
  airDate: toString(e.airDate),
  turnPosition: t.position,
  startTime: t.startTime,
  endTime: t.endTime,
  about: COLLECT { MATCH (c)-[:ABOUT]->(x:Entity) RETURN x { .id, .name, .type } ORDER BY x.name },
  resolution: resolution
} AS row`;

/**
 * A claim as a Web Annotation needs: the turn's text (for the quote's prefix and suffix), the
 * speaker, the episode and the entities. The turn's text is the large part; a collection page
 * reads it for at most a page of claims.
 */
export const ANNOTATION_CONTEXT = `
UNWIND $keys AS key
MATCH (c:Claim {id: key})-[:STATED_IN]->(t:Turn)
MATCH (e:Episode {id: c.episodeId})
OPTIONAL MATCH (s:Person {id: c.speakerId})
RETURN key, {
  turnText: t.text,
  speakerName: s.name,
  episodeTitle: e.title,
  airDate: toString(e.airDate),
  about: COLLECT { MATCH (c)-[:ABOUT]->(x:Entity) RETURN x { .id, .name, .type } ORDER BY x.name }
} AS row`;

/**
 * Who made a claim and when, as far as the graph knows. The workbench (issue 15) records every
 * change as `(claim)-[:HAS_REVISION]->(:Revision {at, by, action, changes})` and a review as
 * `reviewedBy`/`reviewedAt` on the claim; an imported claim has neither, and then the import of
 * its corpus (`:CorpusState.importedAt`) is the best-known time it entered the graph.
 */
export const CLAIM_PROVENANCE = `
OPTIONAL MATCH (state:CorpusState)
WITH max(toString(state.importedAt)) AS importedAt
UNWIND $keys AS key
MATCH (c:Claim {id: key})
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_REVISION]->(v:Revision)
  WITH v ORDER BY v.sequence, toString(v.at)
  RETURN collect(v { at: toString(v.at), .by, .action }) AS revisions
}
RETURN key, {
  revisions: revisions,
  reviewedBy: c.reviewedBy,
  reviewedAt: toString(c.reviewedAt),
  importedAt: importedAt
} AS row`;

/** The claim id for a claim key or id; null for a draft or an unknown one. */
export const CLAIM_ID = `
MATCH (c:Claim {id: $id})
RETURN c.id AS id, c.episodeId AS episodeId, c:Prediction AS isPrediction`;

/** An episode and how many accepted claims it holds. */
export const EPISODE_SUMMARY = `
MATCH (e:Episode {id: $id})
RETURN e { .id, .title, airDate: toString(e.airDate) } AS episode,
       COUNT { MATCH (c:Claim {episodeId: e.id}) } AS claims`;

/** A turn's text and where it sits. */
export const TURN_TEXT = `
MATCH (t:Turn {id: $id})
RETURN t { .id, .episodeId, .position, .text, .startTime, .endTime } AS turn`;

/**
 * The Atom feed's entries: predictions by when they were made (the first revision when the
 * workbench recorded one, else the episode's air date) and resolution records by when they were
 * recorded, newest first. Each list is limited before the two are merged, so the statement reads
 * at most $limit of each however large the graph is.
 */
export function feedEvents(bySpeaker: boolean): string {
  const scope = bySpeaker ? 'speakerIds' : '';
  const speaker = bySpeaker ? 'c.speakerId IN speakerIds' : 'true';
  return `
${bySpeaker ? `WITH ${nameLookup.people('speaker')} AS speakerIds` : ''}
CALL (${scope}) {
  MATCH (c:Prediction)
  WHERE ${speaker} AND ($episodeId IS NULL OR c.episodeId = $episodeId)
  MATCH (e:Episode {id: c.episodeId})
  WITH c, e, COLLECT {
    MATCH (c)-[:HAS_REVISION]->(v:Revision) RETURN toString(v.at) AS at ORDER BY at LIMIT 1
  } AS first
  WITH c, coalesce(first[0], toString(e.airDate) + 'T00:00:00Z') AS at
  ORDER BY at DESC, c.id LIMIT $limit
  RETURN collect({ action: 'MADE', at: at, claimId: c.id }) AS made
}
CALL (${scope}) {
  MATCH (c:Prediction)-[:HAS_RESOLUTION]->(r:Resolution)
  WHERE ${speaker} AND ($episodeId IS NULL OR c.episodeId = $episodeId)
  WITH c, r ORDER BY r.recordedAt DESC, r.id LIMIT $limit
  RETURN collect({ action: r.action, at: toString(r.recordedAt), claimId: c.id,
                   resolutionId: r.id, status: r.status, evidenceUrl: r.evidenceUrl,
                   note: r.note, resolvedAt: toString(r.resolvedAt),
                   recordedBy: r.recordedBy }) AS changed
}
RETURN made, changed`;
}
