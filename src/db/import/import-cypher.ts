import {
  CLAIM_RELATION_TYPES,
  ENTITY_LABELS,
  ENTITY_RELATION_TYPES,
} from '../../domain/vocabulary';

/**
 * The importer's Cypher. Every value is a parameter; labels and relationship types are spliced
 * in only from the vocabulary's fixed maps. Every MERGE key is backed by a uniqueness constraint in
 * seed/schema.cypher.
 */

/** Concurrent imports queue behind this lock node instead of racing on MERGE. */
export const TAKE_IMPORT_LOCK = `
MERGE (lock:ImportLock {id: 'import'})
SET lock.held = true`;

export const EXISTING_EPISODES = `
MATCH (e:Episode) WHERE e.id IN $imported
RETURN e.id AS id`;

export const UPSERT_EPISODES = `
UNWIND $rows AS r
MERGE (e:Episode {id: r.id})
SET e.title = r.title,
    e.airDate = date(r.airDate),
    e.sourceFile = r.sourceFile,
    e.mediaUrl = r.mediaUrl,
    e.editorialNote = r.editorialNote,
    e.turnCount = toInteger(r.turnCount),
    e.contentHash = r.contentHash`;

/**
 * One statement for rows of several labels or relationship types: a subquery per name, each
 * unwinding `$rows.<name>` (names come from the vocabulary's fixed maps). Neo4j plans it once
 * instead of once per name, and planning is most of a small import's time; each batch is also
 * one round trip instead of one per name.
 */
export function perName(names: readonly string[], body: (name: string) => string): string {
  return names
    .map((name) => `CALL () {\n  UNWIND $rows.${name} AS r\n${body(name).trim()}\n}`)
    .join('\n');
}

/**
 * Entities are shared between episodes. What this import's episodes say replaces what they
 * said before; what other episodes said is kept (their aliases and ids are added to, their
 * description and year stand unless this import gives one). Rows come by label (`$rows.Person`).
 */
export const UPSERT_ENTITIES = perName(Object.values(ENTITY_LABELS), (label) => {
  const others = Object.values(ENTITY_LABELS).filter((other) => other !== label);
  return `
MERGE (n:Entity {id: r.id})
WITH n, r, [e IN coalesce(n.definedIn, []) WHERE NOT e IN $imported] AS others
REMOVE n:${others.join(':')}
SET n:${label},
    n.type = r.type,
    n.name = r.name,
    n.nameLower = toLower(r.name),
    n.aliases = CASE WHEN size(others) = 0 THEN r.aliases
                ELSE r.aliases + [a IN coalesce(n.aliases, []) WHERE NOT a IN r.aliases] END,
    n.externalIds = CASE WHEN size(others) = 0 THEN r.externalIds
                    ELSE r.externalIds + [x IN coalesce(n.externalIds, []) WHERE NOT x IN r.externalIds] END,
    n.description = CASE WHEN size(others) = 0 THEN r.description ELSE coalesce(r.description, n.description) END,
    n.year = CASE WHEN size(others) = 0 THEN toInteger(r.year) ELSE coalesce(toInteger(r.year), n.year) END,
    n.definedIn = others + r.definedIn`;
});

/** Entities the imported episodes no longer define lose them; with no episode left, they go. */
export const RELEASE_STALE_ENTITIES = `
MATCH (n:Entity)
WHERE any(e IN n.definedIn WHERE e IN $imported) AND NOT n.id IN $keep
SET n.definedIn = [e IN n.definedIn WHERE NOT e IN $imported]`;

export const DELETE_UNDEFINED_ENTITIES = `
MATCH (n:Entity)
WHERE n.definedIn = []
DETACH DELETE n`;

export const DELETE_STALE_APPEARANCES = `
MATCH (p:Person)-[a:APPEARED_IN]->(e:Episode)
WHERE e.id IN $imported AND NOT (p.id + '|' + e.id) IN $keep
DELETE a`;

export const UPSERT_APPEARANCES = `
UNWIND $rows AS r
MATCH (p:Person {id: r.personId}), (e:Episode {id: r.episodeId})
MERGE (p)-[a:APPEARED_IN]->(e)
SET a.role = r.role, a.affiliation = r.affiliation, a.expertise = r.expertise, a.label = r.label`;

export const DELETE_STALE_STRUCTURE = `
CALL () {
  MATCH (n:Turn {episodeId: $episodeId}) RETURN n
  UNION
  MATCH (n:Section {episodeId: $episodeId}) RETURN n
  UNION
  MATCH (n:Note {episodeId: $episodeId}) RETURN n
}
WITH n WHERE NOT n.id IN $keep
DETACH DELETE n`;

/** What was imported last, by a digest of the files: a start with the same files skips. */
export const READ_CORPUS_STATE = `
MATCH (s:CorpusState {id: $id})
RETURN s.hash AS hash`;

export const WRITE_CORPUS_STATE = `
MERGE (s:CorpusState {id: $id})
SET s.hash = $hash, s.importedAt = datetime()`;

/**
 * What a row sets on its node, as `[property, expression]` pairs shared by the MERGE statements
 * here (a SET clause, `setOf`) and the CREATE statements for episodes new to the graph
 * (fresh-cypher.ts: a property map, `mapOf`), so both paths write the same properties.
 */
export type Properties = readonly (readonly [string, string])[];

export function setOf(variable: string, properties: Properties): string {
  return `SET ${properties.map(([name, value]) => `${variable}.${name} = ${value}`).join(',\n    ')}`;
}

/**
 * The same properties as a CREATE map: a null leaves the property out, as SET does. SET after
 * CREATE would make the planner put an Eager before the next CREATE of the statement.
 */
export function mapOf(properties: Properties): string {
  return `{${properties.map(([name, value]) => `${name}: ${value}`).join(',\n  ')}}`;
}

export const SECTION_FIELDS: Properties = [
  ['episodeId', 'r.episodeId'],
  ['localId', 'r.localId'],
  ['position', 'toInteger(r.position)'],
  ['title', 'r.title'],
];
const SECTION_PROPERTIES = setOf('s', SECTION_FIELDS);

export const UPSERT_SECTIONS = `
UNWIND $rows AS r
MATCH (e:Episode {id: r.episodeId})
MERGE (s:Section {id: r.id})
${SECTION_PROPERTIES}
MERGE (s)-[:IN_EPISODE]->(e)`;

export const TURN_FIELDS: Properties = [
  ['episodeId', 'r.episodeId'],
  ['sectionId', 'r.sectionId'],
  ['speakerId', 'r.speakerId'],
  ['localId', 'r.localId'],
  ['position', 'toInteger(r.position)'],
  ['label', 'r.label'],
  ['text', 'r.text'],
  ['paragraphCount', 'toInteger(r.paragraphCount)'],
  ['startTime', 'toFloat(r.startTime)'],
  ['endTime', 'toFloat(r.endTime)'],
];
const TURN_PROPERTIES = setOf('t', TURN_FIELDS);

export const UPSERT_TURNS = `
UNWIND $rows AS r
MATCH (s:Section {id: r.sectionId}), (p:Person {id: r.speakerId})
MERGE (t:Turn {id: r.id})
${TURN_PROPERTIES}
WITH t, s, p
OPTIONAL MATCH (t)-[old:IN_SECTION|SPOKEN_BY]->(other)
WHERE other <> s AND other <> p
DELETE old
WITH DISTINCT t, s, p
MERGE (t)-[:IN_SECTION]->(s)
MERGE (t)-[:SPOKEN_BY]->(p)`;

export const UPSERT_NOTES = `
UNWIND $rows AS r
MATCH (e:Episode {id: r.episodeId})
MERGE (n:Note {id: r.id})
SET n.episodeId = r.episodeId, n.number = toInteger(r.number), n.term = r.term, n.text = r.text
MERGE (n)-[:IN_EPISODE]->(e)`;

/** Returns the entities that lost mentions, so their surface forms are refreshed too. */
export const DELETE_STALE_MENTIONS = `
MATCH (t:Turn {episodeId: $episodeId})-[m:MENTIONS]->(n:Entity)
WHERE NOT (t.id + '|' + n.id + '|' + toString(m.start)) IN $keep
DELETE m
RETURN DISTINCT n.id AS id`;

/** `mentionOnly` only where the file marks it; a re-import without the mark removes it. */
export const MENTION_PROPERTIES = `SET m.end = toInteger(r.end), m.form = r.form,
    m.mentionOnly = CASE WHEN r.mentionOnly THEN true END`;

export const UPSERT_MENTIONS = `
UNWIND $rows AS r
MATCH (t:Turn {id: r.turnId}), (n:Entity {id: r.entityId})
MERGE (t)-[m:MENTIONS {start: toInteger(r.start)}]->(n)
${MENTION_PROPERTIES}`;

/** Surface forms are derived from the MENTIONS of every episode, not only this import. */
export const REFRESH_SURFACE_FORMS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (t:Turn)-[m:MENTIONS]->(n)
WITH n, m ORDER BY t.episodeId, t.position, m.start
WITH n, collect(DISTINCT m.form) AS forms
SET n.surfaceForms = forms,
    n.searchForms = reduce(text = '', form IN n.aliases + forms | text + ' ' + form)`;

/**
 * Claims that left the annotations go, unless someone has already resolved them or worked on
 * them in the workbench (a revision): an import never deletes work that only the graph holds.
 */
export const DELETE_STALE_CLAIMS = `
MATCH (c:Claim|ClaimDraft {episodeId: $episodeId})
WHERE NOT c.id IN $keep AND NOT (c)-[:HAS_RESOLUTION]->() AND NOT (c)-[:HAS_REVISION]->()
DETACH DELETE c`;

/**
 * Claims whose review state changed between imports move between :Claim and :ClaimDraft
 * (PLAN decision 1) before they are written; their prediction label follows in UPSERT_PREDICTIONS.
 */
export const RELABEL_CLAIMS = `
UNWIND $rows AS r
MATCH (c:Claim|ClaimDraft {id: r.id})
WITH c, r, r.reviewState = 'ACCEPTED' AND r.retractedAt IS NULL AS public
WHERE (public AND c:ClaimDraft) OR (NOT public AND c:Claim)
REMOVE c:Claim, c:ClaimDraft, c:Prediction, c:PredictionDraft
WITH c, public
FOREACH (_ IN CASE WHEN public THEN [1] ELSE [] END | SET c:Claim)
FOREACH (_ IN CASE WHEN public THEN [] ELSE [1] END | SET c:ClaimDraft)`;

export const STATED_IN_PROPERTIES = `SET s.start = toInteger(r.start), s.end = toInteger(r.end)`;

/** What a claim row sets on its node, its turn being `t`. */
export const CLAIM_FIELDS: Properties = [
  ['episodeId', 'r.episodeId'],
  ['turnId', 'r.turnId'],
  ['speakerId', 'r.speakerId'],
  ['attributedToId', 'r.attributedToId'],
  ['attributedToGroup', 'r.attributedToGroup'],
  ['attributedWording', 'r.attributedWording'],
  ['attributionDoubtIds', 'r.attributionDoubtIds'],
  ['kind', 'r.kind'],
  ['quote', 'r.quote'],
  ['paraphrase', 'r.paraphrase'],
  ['reviewState', 'r.reviewState'],
  ['reviewedBy', 'r.reviewedBy'],
  ['reviewedAt', 'CASE WHEN r.reviewedAt IS NULL THEN null ELSE datetime(r.reviewedAt) END'],
  ['reviewNote', 'r.reviewNote'],
  ['retractedBy', 'r.retractedBy'],
  ['retractedAt', 'CASE WHEN r.retractedAt IS NULL THEN null ELSE datetime(r.retractedAt) END'],
  ['retractionReason', 'r.retractionReason'],
  ['topics', 'r.topics'],
  // A premise's turns as full ids, like every turn reference in the graph; null when none.
  ['premiseText', 'r.premiseText'],
  ['premiseGoverns', 'r.premiseGoverns'],
  ['start', 'toInteger(r.start)'],
  ['end', 'toInteger(r.end)'],
  ['turnPosition', 't.position'],
  // Episode order as one indexed, unique string: keyset pages seek and sort on it alone.
  [
    'sortKey',
    `r.episodeId + ' ' + right('00000' + toString(t.position), 5) + ' ' +
                right('0000000' + toString(toInteger(r.start)), 7) + ' ' + r.id`,
  ],
];
const CLAIM_PROPERTIES = setOf('c', CLAIM_FIELDS);

/** Accepted claims take `Claim`, the others `ClaimDraft` (a fixed pair, visibility.ts). */
export function upsertClaims(label: 'Claim' | 'ClaimDraft'): string {
  return `
UNWIND $rows AS r
MATCH (t:Turn {id: r.turnId}), (p:Person {id: r.speakerId})
MERGE (c:${label} {id: r.id})
${CLAIM_PROPERTIES}
WITH c, t, p, r
OPTIONAL MATCH (c)-[old:STATED_IN|MADE_BY]->(other)
WHERE other <> t AND other <> p
DELETE old
WITH DISTINCT c, t, p, r
MERGE (c)-[s:STATED_IN]->(t)
${STATED_IN_PROPERTIES}
MERGE (c)-[:MADE_BY]->(p)
WITH c, r
OPTIONAL MATCH (c)-[oldAbout:ABOUT]->(entity)
WHERE NOT entity.id IN r.about
DELETE oldAbout
WITH DISTINCT c, r
OPTIONAL MATCH (c)-[oldTopic:HAS_TOPIC]->(topic)
WHERE NOT topic.id IN r.topics
DELETE oldTopic`;
}

export const LINK_CLAIM_ENTITIES = `
UNWIND $rows AS r
MATCH (c:Claim|ClaimDraft {id: r.claimId}), (n:Entity {id: r.entityId})
MERGE (c)-[:ABOUT]->(n)`;

export const UPSERT_TOPICS = `
UNWIND $rows AS r
MERGE (t:Topic {id: r.id})
SET t.name = r.name`;

export const LINK_CLAIM_TOPICS = `
UNWIND $rows AS r
MATCH (c:Claim|ClaimDraft {id: r.claimId}), (t:Topic {id: r.topicId})
MERGE (c)-[:HAS_TOPIC]->(t)`;

/**
 * Status stays as it is on re-import: resolutions are history, not annotation. An accepted
 * claim is a :Prediction, a draft a :PredictionDraft.
 */
export const UPSERT_PREDICTIONS = `
UNWIND $rows AS r
MATCH (c:Claim|ClaimDraft {id: r.id})
FOREACH (_ IN CASE WHEN c:Claim THEN [1] ELSE [] END | SET c:Prediction)
FOREACH (_ IN CASE WHEN c:Claim THEN [] ELSE [1] END | SET c:PredictionDraft)
SET c.horizon = r.horizon,
    c.dueDate = CASE WHEN r.dueDate IS NULL THEN null ELSE date(r.dueDate) END,
    c.windowStart = CASE WHEN r.windowStart IS NULL THEN null ELSE date(r.windowStart) END,
    c.windowEnd = CASE WHEN r.windowEnd IS NULL THEN null ELSE date(r.windowEnd) END,
    c.deadline = CASE WHEN coalesce(r.dueDate, r.windowEnd) IS NULL THEN null
                      ELSE date(coalesce(r.dueDate, r.windowEnd)) END,
    c.conditional = r.conditional,
    c.conditions = r.conditions,
    c.hedges = r.hedges,
    c.confidenceBucket = r.bucket,
    c.probability = r.probability,
    c.confidenceOverride = r.confidenceOverride,
    c.resolutionCriteria = r.resolutionCriteria,
    c.resolutionSource = r.resolutionSource,
    c.windowReason = r.windowReason,
    c.unresolvableAsStated = r.unresolvable,
    c.madeBeforeEpisode = r.madeBeforeEpisode,
    c.status = coalesce(c.status, 'OPEN')`;

/**
 * The outcome an episode itself gives a forecast ("I was right."), as the prediction's first
 * resolution. Written once: the dedupe key is fixed per claim, so a re-import adds nothing and
 * never overrides what an editor recorded since (a reopening, a later resolution).
 */
export const RECORD_EPISODE_RESOLUTIONS = `
UNWIND $rows AS r
MATCH (c:Prediction {id: r.id})
WHERE NOT (c)-[:HAS_RESOLUTION]->()
MERGE (x:Resolution {dedupeKey: r.dedupeKey})
ON CREATE SET x.id = r.resolutionId,
    x.predictionId = c.id,
    x.sequence = 1,
    x.action = 'RESOLVE',
    x.status = r.status,
    x.previousStatus = c.status,
    x.evidenceUrl = null,
    x.note = r.note,
    x.resolvedAt = date(r.resolvedAt),
    x.recordedAt = datetime(),
    x.recordedBy = 'annotation',
    x.settledInTurn = r.turn,
    x.settledQuote = r.quote,
    x.settledExplanation = r.explanation,
    c.status = r.status
MERGE (c)-[:HAS_RESOLUTION]->(x)`;

export const UNMARK_PREDICTIONS = `
MATCH (c:Prediction|PredictionDraft {episodeId: $episodeId})
WHERE NOT c.id IN $keep AND NOT (c)-[:HAS_RESOLUTION]->()
REMOVE c:Prediction, c:PredictionDraft
REMOVE c.horizon, c.dueDate, c.windowStart, c.windowEnd, c.deadline, c.conditional,
       c.conditions, c.hedges, c.confidenceBucket, c.probability, c.status,
       c.confidenceOverride, c.resolutionCriteria, c.resolutionSource, c.windowReason,
       c.unresolvableAsStated, c.madeBeforeEpisode`;

export function deleteStaleClaimRelations(type: string): string {
  return `
MATCH (c:Claim|ClaimDraft {episodeId: $episodeId})-[x:${type}]->(other:Claim|ClaimDraft)
WHERE NOT (c.id + '|' + other.id) IN $keep
DELETE x`;
}

/** Relations between claims, by relationship type (`$rows.SUPPORTS`). */
export const UPSERT_CLAIM_RELATIONS = perName(
  Object.values(CLAIM_RELATION_TYPES),
  (type) => `
MATCH (a:Claim|ClaimDraft {id: r.from}), (b:Claim|ClaimDraft {id: r.to})
MERGE (a)-[:${type}]->(b)`,
);

/** Relations between entities, by relationship type (`$rows.AFFILIATED_WITH`). */
export const UPSERT_ENTITY_RELATIONS = perName(
  Object.values(ENTITY_RELATION_TYPES),
  (type) => `
MATCH (a:Entity {id: r.from}), (b:Entity {id: r.to})
MERGE (a)-[x:${type}]->(b)
WITH x, r, [e IN coalesce(x.definedIn, []) WHERE NOT e IN $imported] AS others
SET x.role = CASE WHEN size(others) = 0 THEN r.role ELSE coalesce(r.role, x.role) END,
    x.definedIn = others + r.definedIn`,
);

/**
 * Relations between two entities new in this transaction, which cannot exist yet: created,
 * with what UPSERT_ENTITY_RELATIONS sets on a new relationship (no other episode's words).
 */
export const CREATE_ENTITY_RELATIONS = perName(
  Object.values(ENTITY_RELATION_TYPES),
  (type) => `
MATCH (a:Entity {id: r.from}), (b:Entity {id: r.to})
CREATE (a)-[x:${type} {role: r.role, definedIn: r.definedIn}]->(b)`,
);

/** Which of `$ids` are entities in the graph already. */
export const EXISTING_ENTITIES = `
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id`;

/** Relations the imported episodes no longer state lose them; with none left, they go. */
export const RELEASE_STALE_ENTITY_RELATIONS = `
MATCH (a:Entity)-[x:${Object.values(ENTITY_RELATION_TYPES).join('|')}]->(b:Entity)
WHERE any(e IN x.definedIn WHERE e IN $imported) AND NOT (a.id + '|' + type(x) + '|' + b.id) IN $keep
SET x.definedIn = [e IN x.definedIn WHERE NOT e IN $imported]`;

export const DELETE_UNDEFINED_ENTITY_RELATIONS = `
MATCH (:Entity)-[x:${Object.values(ENTITY_RELATION_TYPES).join('|')}]->(:Entity)
WHERE x.definedIn = []
DELETE x`;

export const DELETE_ORPHAN_TOPICS = `
MATCH (t:Topic)
WHERE NOT EXISTS { ()-[:HAS_TOPIC]->(t) }
DELETE t`;

export const DELETE_STALE_NOTE_LINKS = `
MATCH (n:Note {episodeId: $episodeId})-[x:EXPLAINS]->(e:Entity)
WHERE NOT (n.id + '|' + e.id) IN $keep
DELETE x`;

export const UPSERT_NOTE_LINKS = `
UNWIND $rows AS r
MATCH (n:Note {id: r.noteId}), (e:Entity {id: r.entityId})
MERGE (n)-[:EXPLAINS]->(e)`;

export const DELETE_STALE_DISCREPANCIES = `
MATCH (d:Discrepancy {episodeId: $episodeId})
WHERE NOT d.id IN $keep
DETACH DELETE d`;

export const UPSERT_DISCREPANCIES = `
UNWIND $rows AS r
MATCH (e:Episode {id: r.episodeId})
MERGE (d:Discrepancy {id: r.id})
SET d.episodeId = r.episodeId,
    d.turnId = r.turnId,
    d.turnIds = r.turnIds,
    d.noteId = r.noteId,
    d.entityId = r.entityId,
    d.text = r.text,
    d.correct = r.correct,
    d.kind = r.kind,
    d.explanation = r.explanation,
    d.start = toInteger(r.start),
    d.end = toInteger(r.end)
MERGE (d)-[:IN_EPISODE]->(e)
WITH d, r
OPTIONAL MATCH (d)-[old:IN_TURN|IN_NOTE|CONCERNS]->(target)
WHERE NOT target.id IN r.turnIds + [coalesce(r.noteId, ''), coalesce(r.entityId, '')]
DELETE old
WITH DISTINCT d, r
OPTIONAL MATCH (n:Note {id: r.noteId})
OPTIONAL MATCH (x:Entity {id: r.entityId})
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END | MERGE (d)-[:IN_NOTE]->(n))
FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | MERGE (d)-[:CONCERNS]->(x))
WITH DISTINCT d, r
UNWIND r.turnIds AS turnId
MATCH (t:Turn {id: turnId})
MERGE (d)-[:IN_TURN]->(t)`;

/** What an entity is known by: canonical name, aliases, surface forms, speaker labels. */
export const READ_ENTITY_NAMES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases,
       coalesce(n.surfaceForms, []) AS forms, [(n)-[a:APPEARED_IN]->() | a.label] AS labels`;

/**
 * Name keys (src/domain/name-key.ts) as (:NameKey)-[:NAMES]->(:Entity), so a lookup by any
 * name is one index seek; the folded words of every form go into searchForms for full-text
 * search. Keys that are no longer names (a surface form keyed by an older import) are dropped.
 */
export const WRITE_NAME_KEYS = `
UNWIND $rows AS r
MATCH (n:Entity {id: r.id})
SET n.nameKey = r.nameKey, n.aliasKeys = r.aliasKeys, n.nameKeys = r.keys,
    n.searchForms = r.searchForms
WITH n, r
OPTIONAL MATCH (old:NameKey)-[x:NAMES]->(n)
WHERE NOT old.key IN r.keys
DELETE x
WITH DISTINCT n, r
UNWIND r.keys AS key
MERGE (k:NameKey {key: key})
MERGE (k)-[:NAMES]->(n)`;

export const DELETE_ORPHAN_NAME_KEYS = `
MATCH (k:NameKey)
WHERE NOT EXISTS { (k)-[:NAMES]->() }
DELETE k`;

export const DELETE_STALE_EXCLUSIONS = `
MATCH (x:Exclusion {episodeId: $episodeId})
WHERE NOT x.id IN $keep
DETACH DELETE x`;

/** Statements left out of the predictions on purpose, each in its turn. */
export const UPSERT_EXCLUSIONS = `
UNWIND $rows AS r
MATCH (t:Turn {id: r.turnId})
MERGE (x:Exclusion {id: r.id})
SET x.episodeId = r.episodeId, x.turnId = r.turnId, x.turnPosition = t.position,
    x.quote = r.quote, x.start = toInteger(r.start), x.end = toInteger(r.end), x.reason = r.reason
MERGE (x)-[:EXCLUDED_IN]->(t)`;
