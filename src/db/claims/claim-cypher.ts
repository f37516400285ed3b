import { entityIdsByNameKey } from '../entities/name-key-lookup';

export const CLAIM_FIELDS = `{ .id, .episodeId, .turnId, .speakerId, .kind, .quote, .paraphrase,
  .attributedToId, .attributedToGroup, attributionDoubtIds: coalesce(c.attributionDoubtIds, []),
  .resolutionCriteria, .confidenceOverride,
  topics: coalesce(c.topics, []), .start, .end, isPrediction: c:Prediction, .horizon,
  dueDate: toString(c.dueDate), windowStart: toString(c.windowStart),
  windowEnd: toString(c.windowEnd), deadline: toString(c.deadline),
  conditional: coalesce(c.conditional, false), conditions: coalesce(c.conditions, []),
  hedges: coalesce(c.hedges, []), .confidenceBucket, .probability, .status }`;

/** Person ids for a speaker given by id, or any written form of a name or first-name label. */
export const RESOLVE_PEOPLE = `
CASE WHEN $speaker IS NULL THEN null ELSE ${entityIdsByNameKey('speaker', 'Person')} END`;

/** Entity ids for an entity given by id, or any written form of its name, aliases, forms. */
export const RESOLVE_ENTITIES = `
CASE WHEN $entity IS NULL THEN null ELSE ${entityIdsByNameKey('entity', 'Entity')} END`;

/** Person ids a reported view is attributed to (groups match by the words they contain). */
export const RESOLVE_ATTRIBUTED = `
CASE WHEN $attributedTo IS NULL THEN null ELSE ${entityIdsByNameKey('attributedTo', 'Person')} END`;

const ORDERS = {
  EPISODE_ORDER: 'c.episodeId, c.turnPosition, c.start, c.id',
  DEADLINE_ASC: 'c.deadline IS NULL, c.deadline, c.episodeId, c.turnPosition, c.start, c.id',
  DEADLINE_DESC: 'c.deadline IS NULL, c.deadline DESC, c.episodeId, c.turnPosition, c.start, c.id',
  CONFIDENCE_DESC: 'c.probability DESC, c.episodeId, c.turnPosition, c.start, c.id',
} as const;
export type ClaimOrder = keyof typeof ORDERS;

/** One statement per page: filter, order, count and slice together. */
export function claimPage(predictionsOnly: boolean, order: ClaimOrder): string {
  return `
WITH ${RESOLVE_PEOPLE} AS speakerIds, ${RESOLVE_ENTITIES} AS entityIds,
     ${RESOLVE_ATTRIBUTED} AS attributedIds
MATCH (c:${predictionsOnly ? 'Prediction' : 'Claim'})
WHERE (speakerIds IS NULL OR c.speakerId IN speakerIds)
  AND ($kinds IS NULL OR c.kind IN $kinds)
  AND ($statuses IS NULL OR c.status IN $statuses)
  AND ($dueBefore IS NULL OR c.deadline <= date($dueBefore))
  AND ($dueAfter IS NULL OR c.deadline >= date($dueAfter))
  AND ($dated IS NULL OR (c.deadline IS NOT NULL) = $dated)
  AND ($conditional IS NULL OR c.conditional = $conditional)
  AND ($episodeId IS NULL OR c.episodeId = $episodeId)
  AND ($sectionId IS NULL OR EXISTS { (c)-[:STATED_IN]->(:Turn {sectionId: $sectionId}) })
  AND ($topic IS NULL OR $topic IN c.topics)
  AND ($text IS NULL OR toLower(c.quote) CONTAINS $text OR toLower(coalesce(c.paraphrase, '')) CONTAINS $text)
  AND (entityIds IS NULL OR EXISTS { (c)-[:ABOUT]->(x:Entity) WHERE x.id IN entityIds })
  AND (attributedIds IS NULL OR c.attributedToId IN attributedIds
       OR toLower(c.attributedToGroup) CONTAINS toLower($attributedTo))
WITH c ORDER BY ${ORDERS[order]}
WITH collect(c) AS matched
RETURN size(matched) AS totalCount,
       [c IN matched[$offset..($offset + $first)] | c ${CLAIM_FIELDS}] AS items`;
}

export const CLAIMS_BY_ID = `
UNWIND $keys AS key
MATCH (c:Claim {id: key})
RETURN key, c ${CLAIM_FIELDS} AS row`;

export const CLAIMS_BY_TURN = `
UNWIND $keys AS key
MATCH (c:Claim {turnId: key})
RETURN key, c ${CLAIM_FIELDS} AS row
ORDER BY c.start`;

/** A page of claims per parent, for nested lists: people's claims and entities' claims. */
export function claimPagesBy(parent: 'speaker' | 'entity', predictionsOnly: boolean): string {
  const match =
    parent === 'speaker'
      ? `MATCH (c:${predictionsOnly ? 'Prediction' : 'Claim'} {speakerId: key})`
      : `MATCH (c:${predictionsOnly ? 'Prediction' : 'Claim'})-[:ABOUT]->(:Entity {id: key})`;
  return `
UNWIND $keys AS key
${match}
WHERE ($kinds IS NULL OR c.kind IN $kinds) AND ($episodeId IS NULL OR c.episodeId = $episodeId)
WITH key, c ORDER BY c.episodeId, c.turnPosition, c.start, c.id
WITH key, collect(c) AS matched
RETURN key, size(matched) AS totalCount,
       [c IN matched[$offset..($offset + $first)] | c ${CLAIM_FIELDS}] AS items`;
}

export const ABOUT_BY_CLAIM = `
UNWIND $keys AS key
MATCH (:Claim {id: key})-[:ABOUT]->(x:Entity)
RETURN key, x.id AS entityId
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
