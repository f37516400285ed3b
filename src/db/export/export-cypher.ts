import { CLAIM_RELATION_TYPES, ENTITY_RELATION_TYPES } from '../../domain/vocabulary';
import { CLAIM_LABEL, PREDICTION_LABEL, type Visibility } from '../shared/visibility';

/**
 * What `npm run export` reads back from the graph for one episode: every property the importer
 * writes from the corpus files, and nothing it derives (name keys, sort keys, surface forms).
 * Every value is a parameter; relationship types come from the vocabulary's fixed maps.
 */

export const EXPORT_EPISODE = `
MATCH (e:Episode {id: $episodeId})
RETURN e.id AS id, e.title AS title, toString(e.airDate) AS airDate, e.mediaUrl AS mediaUrl,
       e.editorialNote AS editorialNote`;

export const EXPORT_SPEAKERS = `
MATCH (p:Person)-[a:APPEARED_IN]->(:Episode {id: $episodeId})
RETURN p.id AS id, p.name AS name, a.role AS role, a.affiliation AS affiliation,
       a.expertise AS expertise
ORDER BY CASE a.role WHEN 'host' THEN 0 ELSE 1 END, p.id`;

export const EXPORT_SECTIONS = `
MATCH (s:Section {episodeId: $episodeId})
RETURN s.id AS id, s.position AS position, s.title AS title
ORDER BY s.position`;

export const EXPORT_TURNS = `
MATCH (t:Turn {episodeId: $episodeId})
RETURN t.id AS id, t.localId AS localId, t.sectionId AS sectionId, t.speakerId AS speakerId,
       t.label AS label, t.text AS text, t.startTime AS startTime, t.endTime AS endTime
ORDER BY t.position`;

export const EXPORT_NOTES = `
MATCH (n:Note {episodeId: $episodeId})
OPTIONAL MATCH (n)-[:EXPLAINS]->(x:Entity)
WITH n, x ORDER BY x.id
RETURN n.number AS number, n.term AS term, n.text AS text, collect(x.id) AS explains
ORDER BY n.number`;

/** Entities this episode's files define, with where this episode mentions them. */
export const EXPORT_ENTITIES = `
MATCH (n:Entity) WHERE $episodeId IN n.definedIn
OPTIONAL MATCH (t:Turn {episodeId: $episodeId})-[m:MENTIONS]->(n)
WITH n, t, m ORDER BY t.position, m.start
RETURN n.id AS id, n.type AS type, n.name AS name, coalesce(n.aliases, []) AS aliases,
       n.description AS description, coalesce(n.externalIds, []) AS externalIds, n.year AS year,
       [row IN collect(CASE WHEN m IS NULL THEN null ELSE
          {turn: t.localId, turnText: t.text, form: m.form, start: m.start,
           mentionOnly: coalesce(m.mentionOnly, false)} END)
        WHERE row IS NOT NULL] AS mentions
ORDER BY n.id`;

export const EXPORT_ENTITY_RELATIONS = `
MATCH (a:Entity)-[x:${Object.values(ENTITY_RELATION_TYPES).join('|')}]->(b:Entity)
WHERE $episodeId IN x.definedIn
RETURN a.id AS from, type(x) AS type, b.id AS to, x.role AS role
ORDER BY a.id, type(x), b.id`;

/**
 * The episode's claims: in every review state (visibility.ts's `drafts` expression), so that
 * drafts, rejections and retractions re-import to the same graph, or the public ones only.
 * Review history (:Revision) is not part of the corpus and stays behind.
 */
export function exportClaims(visibility: Visibility): string {
  const claims = CLAIM_LABEL[visibility];
  return `
MATCH (c:${claims} {episodeId: $episodeId})-[:STATED_IN]->(t:Turn)
OPTIONAL MATCH (c)-[:ABOUT]->(x:Entity)
WITH c, t, x ORDER BY x.id
WITH c, t, collect(x.id) AS about
OPTIONAL MATCH (c)-[r:${Object.values(CLAIM_RELATION_TYPES).join('|')}]->(other:${claims})
WITH c, t, about, r, other ORDER BY type(r), other.id
WITH c, t, about, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), target: other.id} END)
     AS related
OPTIONAL MATCH (c)-[:HAS_RESOLUTION]->(s:Resolution {recordedBy: 'annotation'})
RETURN c.id AS id, t.localId AS turn, t.text AS turnText, t.speakerId AS turnSpeakerId,
       c.speakerId AS speakerId, c.start AS start,
       c.attributedToId AS attributedToId, c.attributedToGroup AS attributedToGroup,
       c.attributedWording AS attributedWording,
       c.quote AS quote, c.paraphrase AS paraphrase, c.kind AS kind,
       coalesce(c.topics, []) AS topics, about,
       [item IN related WHERE item IS NOT NULL] AS relations,
       CASE WHEN c.premiseText IS NULL THEN null ELSE
         {text: c.premiseText, governs: coalesce(c.premiseGoverns, [])}
       END AS premise,
       CASE WHEN c:${PREDICTION_LABEL.drafts} THEN {
         horizon: c.horizon, due: toString(c.dueDate), windowStart: toString(c.windowStart),
         windowEnd: toString(c.windowEnd), conditional: c.conditional,
         conditions: coalesce(c.conditions, []), resolutionCriteria: c.resolutionCriteria,
         resolutionSource: c.resolutionSource, windowReason: c.windowReason,
         unresolvable: c.unresolvableAsStated, madeBeforeEpisode: c.madeBeforeEpisode,
         hedges: coalesce(c.hedges, []), bucket: c.confidenceBucket,
         override: c.confidenceOverride,
         settled: CASE WHEN s IS NULL THEN null ELSE {turn: s.settledInTurn,
           quote: s.settledQuote, status: s.status, explanation: s.settledExplanation} END
       } ELSE null END AS prediction,
       {state: coalesce(c.reviewState, 'ACCEPTED'), by: c.reviewedBy,
        at: toString(c.reviewedAt), note: c.reviewNote} AS review,
       CASE WHEN c.retractedAt IS NULL THEN null ELSE
         {by: c.retractedBy, at: toString(c.retractedAt), reason: c.retractionReason}
       END AS retracted,
       c.sortKey AS sortKey
ORDER BY sortKey`;
}

export const EXPORT_DISCREPANCIES = `
MATCH (d:Discrepancy {episodeId: $episodeId})
OPTIONAL MATCH (n:Note {id: d.noteId})
RETURN d.id AS id, d.turnId AS turnId, coalesce(d.turnIds, []) AS turnIds, n.number AS note,
       d.text AS text, d.correct AS correct, d.entityId AS entity, d.kind AS kind,
       d.explanation AS explanation
ORDER BY d.id`;

export const EXPORT_EXCLUSIONS = `
MATCH (x:Exclusion {episodeId: $episodeId})-[:EXCLUDED_IN]->(t:Turn)
RETURN t.localId AS turn, t.text AS turnText, x.quote AS quote, x.start AS start,
       x.reason AS reason
ORDER BY t.position, x.id`;
