/**
 * What a logical backup keeps beside the corpus files: the work done through the API that the
 * corpus format does not carry: every prediction's resolution history and the status it left;
 * every workbench claim's revisions; who made each claim, entity, mention and exclusion in the
 * workbench, and when; and the idempotency keys. Resolution properties come back whole
 * (properties(r)), with the temporal ones also as text and the name of every property's type,
 * so the backup can refuse a type it would change.
 */
export const READ_RESOLUTIONS = `
MATCH (c:Prediction)-[:HAS_RESOLUTION]->(r:Resolution)
WITH c, r ORDER BY c.id, r.sequence
RETURN c.id AS predictionId,
       properties(r) AS properties,
       [key IN keys(r) | [key, valueType(r[key])]] AS types`;

export const READ_STATUSES = `
MATCH (c:Prediction) WHERE (c)-[:HAS_RESOLUTION]->(:Resolution)
RETURN c.id AS id, c.status AS status
ORDER BY id`;

export const READ_EPISODES = `
MATCH (e:Episode)
RETURN e.id AS id
ORDER BY id`;

/** How many episodes and resolutions the database holds: a restore goes into an empty one. */
export const COUNT_CONTENT = `
OPTIONAL MATCH (e:Episode) WITH count(e) AS episodes
OPTIONAL MATCH (r:Resolution)
RETURN episodes, count(r) AS resolutions`;

/**
 * Puts resolution records back as they were (their ids, sequence numbers and dedupe keys
 * included) and each prediction's status as the last record left it. The two temporal
 * properties are written back with their types; the plain ones go as they are.
 */
export const WRITE_RESOLUTIONS = `
UNWIND $rows AS row
MATCH (c:Prediction {id: row.predictionId})
// An episode that settles a forecast brings its record with the corpus import, under the same id.
MERGE (r:Resolution {id: row.plain.id})
MERGE (c)-[:HAS_RESOLUTION]->(r)
SET r = row.plain,
    r.resolvedAt = CASE WHEN row.resolvedAt IS NULL THEN null ELSE date(row.resolvedAt) END,
    r.recordedAt = CASE WHEN row.recordedAt IS NULL THEN null ELSE datetime(row.recordedAt) END
RETURN count(r) AS written`;

export const WRITE_STATUSES = `
UNWIND $rows AS row
MATCH (c:Prediction {id: row.id})
SET c.status = row.status
RETURN count(c) AS written`;

/** The properties a revision has; any other makes the backup refuse, naming it. */
export const REVISION_KEYS = ['claimId', 'sequence', 'at', 'by', 'action', 'note', 'changes'];

/** Every workbench claim's history, in order, with the time as text. */
export const READ_REVISIONS = `
MATCH (c:Claim|ClaimDraft)-[:HAS_REVISION]->(r:Revision)
WITH c, r ORDER BY c.id, r.sequence
RETURN c.id AS claimId, r.sequence AS sequence, toString(r.at) AS at, r.by AS by,
       r.action AS action, r.note AS note, r.changes AS changes,
       [key IN keys(r) WHERE NOT key IN $known] AS unknown`;

/** Who made each claim, entity and exclusion in the workbench, and when. */
export const READ_AUTHORSHIP = `
CALL () {
  MATCH (c:Claim|ClaimDraft) WHERE c.createdBy IS NOT NULL
  RETURN 'claim' AS node, c.id AS id, c.createdBy AS by, toString(c.createdAt) AS at
  UNION ALL
  MATCH (n:Entity) WHERE n.createdBy IS NOT NULL
  RETURN 'entity' AS node, n.id AS id, n.createdBy AS by, toString(n.createdAt) AS at
  UNION ALL
  MATCH (x:Exclusion) WHERE x.createdBy IS NOT NULL
  RETURN 'exclusion' AS node, x.id AS id, x.createdBy AS by, toString(x.createdAt) AS at
}
RETURN node, id, by, at
ORDER BY node, id`;

/** Who added each mention in the workbench, and when. */
export const READ_MENTION_AUTHORSHIP = `
MATCH (t:Turn)-[m:MENTIONS]->(n:Entity) WHERE m.createdBy IS NOT NULL
RETURN t.id AS turnId, n.id AS entityId, m.start AS start, m.createdBy AS by,
       toString(m.createdAt) AS at
ORDER BY turnId, start, entityId`;

/** The idempotency keys of the workbench's creations (see docs/backups.md). */
export const READ_MUTATION_KEYS = `
MATCH (k:MutationKey) WHERE k.targetId IS NOT NULL
RETURN k.key AS key, k.targetId AS targetId, toString(k.createdAt) AS createdAt
ORDER BY key`;

const AT = 'CASE WHEN row.at IS NULL THEN null ELSE datetime(row.at) END';

export const WRITE_REVISIONS = `
UNWIND $rows AS row
MATCH (c:Claim|ClaimDraft {id: row.claimId})
CREATE (c)-[:HAS_REVISION]->(r:Revision)
SET r.claimId = row.claimId, r.sequence = row.sequence, r.at = ${AT}, r.by = row.by,
    r.action = row.action, r.note = row.note, r.changes = row.changes
RETURN count(r) AS written`;

/** One statement per label, from this fixed list (no label comes from the file). */
export const WRITE_AUTHORSHIP = {
  claim: `
UNWIND $rows AS row
MATCH (n:Claim|ClaimDraft {id: row.id})
SET n.createdBy = row.by, n.createdAt = ${AT}
RETURN count(n) AS written`,
  entity: `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.createdBy = row.by, n.createdAt = ${AT}
RETURN count(n) AS written`,
  exclusion: `
UNWIND $rows AS row
MATCH (n:Exclusion {id: row.id})
SET n.createdBy = row.by, n.createdAt = ${AT}
RETURN count(n) AS written`,
} as const;

export const WRITE_MENTION_AUTHORSHIP = `
UNWIND $rows AS row
MATCH (:Turn {id: row.turnId})-[m:MENTIONS {start: row.start}]->(:Entity {id: row.entityId})
SET m.createdBy = row.by, m.createdAt = ${AT}
RETURN count(m) AS written`;

export const WRITE_MUTATION_KEYS = `
UNWIND $rows AS row
CREATE (k:MutationKey {key: row.key})
SET k.targetId = row.targetId,
    k.createdAt = CASE WHEN row.createdAt IS NULL THEN null ELSE datetime(row.createdAt) END
RETURN count(k) AS written`;
