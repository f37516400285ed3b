import { CLAIM_RELATION_TYPES } from '../../domain/vocabulary';
import { CLAIM_FIELDS } from '../claims/claim-cypher';

/**
 * The workbench's writes (src/annotations/). Every value is a parameter; labels come only from
 * the fixed pairs of visibility.ts and relationship types from the vocabulary. A claim is
 * found under either of its labels, `Claim|ClaimDraft` (two unique-index seeks).
 */

/** The episode a turn belongs to, whole, in the shape the validator reads (domain/transcript). */
export const EPISODE_SCOPE = `
UNWIND $episodeIds AS episodeId
MATCH (e:Episode {id: episodeId})
RETURN e.id AS id, e.title AS title, toString(e.airDate) AS airDate,
  COLLECT { MATCH (p:Person)-[a:APPEARED_IN]->(e)
            RETURN { id: p.id, name: p.name, firstName: a.label, role: a.role,
                     affiliation: a.affiliation, expertise: a.expertise } } AS speakers,
  COLLECT { MATCH (t:Turn {episodeId: e.id})
            RETURN { id: t.id, localId: t.localId, position: t.position, sectionId: t.sectionId,
                     speakerId: t.speakerId, label: t.label, text: t.text,
                     paragraphCount: t.paragraphCount } ORDER BY t.position } AS turns`;

/** A turn by its key: the episode it is in. */
export const TURN_EPISODE = `
MATCH (t:Turn {id: $turnId})
RETURN t.id AS id, t.episodeId AS episodeId, t.localId AS localId`;

/** Entities by id or by any name (name keys), as the API's lookups read them. */
export const RESOLVE_ENTITIES = `
UNWIND $refs AS ref
CALL (ref) {
  MATCH (x:Entity {id: ref.value}) RETURN x
  UNION
  MATCH (:NameKey {key: ref.key})-[:NAMES]->(x:Entity) RETURN x
}
WITH ref, x ORDER BY x.id
RETURN ref.value AS ref, collect({ id: x.id, type: x.type, name: x.name }) AS found`;

/** Claims named as relation targets, under either label. */
export const CLAIM_STUBS = `
UNWIND $ids AS id
MATCH (c:Claim|ClaimDraft {id: id})-[:STATED_IN]->(t:Turn)
RETURN c.id AS id, c.episodeId AS episodeId, t.localId AS turn, c.quote AS quote,
       c.start AS start, c.speakerId AS speakerId, (c:Prediction OR c:PredictionDraft) AS isPrediction`;

/** Statements of a turn already excluded, and the predictions stated in it. */
export const TURN_NEIGHBOURS = `
MATCH (t:Turn {id: $turnId})
RETURN
  COLLECT { MATCH (x:Exclusion {turnId: t.id}) RETURN x { .id, .quote, .start } } AS exclusions,
  COLLECT { MATCH (c:Prediction|PredictionDraft {turnId: t.id})
            WHERE c.retractedAt IS NULL
            RETURN c { .id, .quote, .start, .speakerId } } AS predictions`;

/** Is an id taken by a claim of either label? */
export const CLAIM_IDS_TAKEN = `
UNWIND $ids AS id
OPTIONAL MATCH (c:Claim|ClaimDraft {id: id})
RETURN id, c IS NOT NULL AS taken`;

/**
 * The write for a clientMutationId: MERGE on the unique key makes concurrent requests with the
 * same key queue here; all but the first find the target the first one recorded. The marker
 * written on a match takes the key's write lock and is removed at once, so a repeated request
 * leaves the key as the first one wrote it (a logical backup carries keys whole).
 */
export const CLAIM_MUTATION_KEY = `
MERGE (k:MutationKey {key: $key})
ON CREATE SET k.createdAt = datetime($at), k.fresh = true
ON MATCH SET k.fresh = false
WITH k, k.fresh AS fresh
REMOVE k.fresh
RETURN k.targetId AS targetId, fresh`;

export const RECORD_MUTATION_KEY = `
MATCH (k:MutationKey {key: $key})
SET k.targetId = $targetId
REMOVE k.fresh`;

/** Takes the claim's write lock, so concurrent edits and reviews queue (see resolution-cypher). */
export const LOCK_CLAIM = `
MATCH (c:Claim|ClaimDraft {id: $id})
SET c.annotationLock = true
RETURN c.id AS id`;

export const UNLOCK_CLAIM = `
MATCH (c:Claim|ClaimDraft {id: $id})
REMOVE c.annotationLock`;

/**
 * A claim's annotation as the workbench edits it, with everyone who wrote or edited it.
 * Revisions are numbered 1, 2, ... and never deleted, so their count is the last number.
 */
export const CLAIM_STATE = `
MATCH (c:Claim|ClaimDraft {id: $id})-[:STATED_IN]->(t:Turn)
RETURN c ${CLAIM_FIELDS} AS claim, t.localId AS turnLocalId, c:Claim AS public,
  c.createdBy AS createdBy,
  COLLECT { MATCH (c)-[:ABOUT]->(x:Entity) RETURN x.id ORDER BY x.id } AS about,
  COLLECT { MATCH (c)-[r:${Object.values(CLAIM_RELATION_TYPES).join('|')}]->(o:Claim|ClaimDraft)
            RETURN { type: type(r), target: o.id } ORDER BY o.id, type(r) } AS relations,
  COLLECT { MATCH (c)-[:HAS_REVISION]->(r:Revision) WHERE r.action IN ['CREATE', 'UPDATE']
            RETURN DISTINCT r.by } AS authors,
  COUNT { (c)-[:HAS_REVISION]->(:Revision) } AS lastRevision`;

/** A new draft: the node only; write-claim-content gives it its properties and links. */
export const CREATE_DRAFT = `
CREATE (c:ClaimDraft {id: $id})
SET c.reviewState = 'DRAFT', c.createdBy = $by, c.createdAt = datetime($at)`;

/**
 * Writes a claim's content over whatever it had: properties, its turn and speaker, what it is
 * about, its topics and its outgoing relations. Leaves it a draft (an edit of an accepted claim
 * goes back to review); the labels of a prediction follow its kind. A premise
 * (`premiseText`, `premiseGoverns`) is not set here: the workbench does not edit premises, so
 * the one the files gave stays.
 */
export const WRITE_CLAIM_CONTENT = `
MATCH (c:Claim|ClaimDraft {id: $row.id})
MATCH (t:Turn {id: $row.turnId}), (p:Person {id: $row.speakerId})
REMOVE c:Claim, c:Prediction, c:PredictionDraft
SET c:ClaimDraft,
    c.reviewState = 'DRAFT', c.reviewedBy = null, c.reviewedAt = null, c.reviewNote = null,
    c.episodeId = $row.episodeId, c.turnId = $row.turnId, c.speakerId = $row.speakerId,
    c.attributedToId = $row.attributedToId, c.attributedToGroup = $row.attributedToGroup,
    c.attributedWording = $row.attributedWording,
    c.attributionDoubtIds = $row.attributionDoubtIds,
    c.kind = $row.kind, c.quote = $row.quote, c.paraphrase = $row.paraphrase,
    c.topics = $row.topics, c.start = $row.start, c.end = $row.end,
    c.turnPosition = t.position,
    c.sortKey = $row.episodeId + ' ' + right('00000' + toString(t.position), 5) + ' ' +
                right('0000000' + toString($row.start), 7) + ' ' + $row.id
WITH c, t, p
OPTIONAL MATCH (c)-[old:STATED_IN|MADE_BY|ABOUT|HAS_TOPIC|${Object.values(CLAIM_RELATION_TYPES).join('|')}]->()
DELETE old
WITH DISTINCT c, t, p
CREATE (c)-[:STATED_IN {start: $row.start, end: $row.end}]->(t)
CREATE (c)-[:MADE_BY]->(p)
WITH c
CALL (c) {
  UNWIND $row.about AS entityId
  MATCH (x:Entity {id: entityId})
  CREATE (c)-[:ABOUT]->(x)
}
CALL (c) {
  UNWIND $row.topics AS topicId
  MERGE (topic:Topic {id: topicId})
  ON CREATE SET topic.name = replace(topicId, '-', ' ')
  CREATE (c)-[:HAS_TOPIC]->(topic)
}
${Object.entries(CLAIM_RELATION_TYPES)
  .map(
    ([kind, type]) => `CALL (c) {
  UNWIND [r IN $relations WHERE r.type = '${kind}'] AS r
  MATCH (target:Claim|ClaimDraft {id: r.to})
  CREATE (c)-[:${type}]->(target)
}`,
  )
  .join('\n')}
RETURN c.id AS id`;

/** The prediction part, or its removal when the claim is no longer a prediction. */
export const WRITE_PREDICTION = `
MATCH (c:ClaimDraft {id: $id})
FOREACH (_ IN CASE WHEN $p IS NULL THEN [] ELSE [1] END |
  SET c:PredictionDraft,
      c.horizon = $p.horizon,
      c.dueDate = CASE WHEN $p.dueDate IS NULL THEN null ELSE date($p.dueDate) END,
      c.windowStart = CASE WHEN $p.windowStart IS NULL THEN null ELSE date($p.windowStart) END,
      c.windowEnd = CASE WHEN $p.windowEnd IS NULL THEN null ELSE date($p.windowEnd) END,
      c.deadline = CASE WHEN coalesce($p.dueDate, $p.windowEnd) IS NULL THEN null
                        ELSE date(coalesce($p.dueDate, $p.windowEnd)) END,
      c.conditional = $p.conditional, c.conditions = $p.conditions, c.hedges = $p.hedges,
      c.confidenceBucket = $p.bucket, c.probability = $p.probability,
      c.confidenceOverride = $p.confidenceOverride, c.resolutionCriteria = $p.resolutionCriteria,
      c.resolutionSource = $p.resolutionSource, c.windowReason = $p.windowReason,
      c.unresolvableAsStated = $p.unresolvable, c.madeBeforeEpisode = $p.madeBeforeEpisode,
      c.status = coalesce(c.status, 'OPEN'))
FOREACH (_ IN CASE WHEN $p IS NULL THEN [1] ELSE [] END |
  REMOVE c.horizon, c.dueDate, c.windowStart, c.windowEnd, c.deadline, c.conditional,
         c.conditions, c.hedges, c.confidenceBucket, c.probability, c.status,
         c.confidenceOverride, c.resolutionCriteria, c.resolutionSource, c.windowReason,
         c.unresolvableAsStated, c.madeBeforeEpisode)`;

/** Accepting swaps the labels in the same transaction (PLAN decision 1). */
export const ACCEPT_CLAIM = `
MATCH (c:ClaimDraft {id: $id})
REMOVE c:ClaimDraft
SET c:Claim, c.reviewState = 'ACCEPTED', c.reviewedBy = $by, c.reviewedAt = datetime($at),
    c.reviewNote = $note
WITH c
FOREACH (_ IN CASE WHEN c:PredictionDraft THEN [1] ELSE [] END |
  REMOVE c:PredictionDraft SET c:Prediction)`;

/** Rejecting or retracting takes the claim out of public reads. */
export const UNPUBLISH_CLAIM = `
MATCH (c:Claim|ClaimDraft {id: $id})
WITH c, c:Prediction OR c:PredictionDraft AS prediction
REMOVE c:Claim, c:Prediction
SET c:ClaimDraft
WITH c, prediction
FOREACH (_ IN CASE WHEN prediction THEN [1] ELSE [] END | SET c:PredictionDraft)`;

export const REJECT_CLAIM = `
MATCH (c:ClaimDraft {id: $id})
SET c.reviewState = 'REJECTED', c.reviewedBy = $by, c.reviewedAt = datetime($at),
    c.reviewNote = $note`;

export const RETRACT_CLAIM = `
MATCH (c:ClaimDraft {id: $id})
SET c.retractedBy = $by, c.retractedAt = datetime($at), c.retractionReason = $reason`;

/** One revision, numbered after the last (PLAN decision 1: in the same transaction). */
export const RECORD_REVISION = `
MATCH (c:Claim|ClaimDraft {id: $id})
CREATE (c)-[:HAS_REVISION]->(r:Revision)
SET r.claimId = $id, r.sequence = $sequence, r.at = datetime($at), r.by = $by,
    r.action = $action, r.note = $note, r.changes = $changes`;
