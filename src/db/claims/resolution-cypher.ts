/**
 * Takes the prediction's write lock before its history is read, so concurrent changes queue
 * and each sees the one before it (a read alone takes no lock in Neo4j). The marker is
 * removed again by RECORD_RESOLUTION in the same transaction. It must not touch `status`:
 * `SET c.status = c.status` would read the old value before the lock and write it back after.
 */
export const LOCK_PREDICTION = `
MATCH (c:Prediction {id: $id})
SET c.resolutionLock = true
RETURN c.id AS id`;

/**
 * Read after LOCK_PREDICTION, in the same transaction: the state every check is made against.
 * A separate statement, so that nothing in it was read before the lock was held.
 */
export const LOCKED_STATE = `
MATCH (c:Prediction {id: $id})-[:STATED_IN]->(:Turn)-[:IN_SECTION]->(:Section)-[:IN_EPISODE]->(e:Episode)
OPTIONAL MATCH (c)-[:HAS_RESOLUTION]->(previous:Resolution)
WITH c, e, previous ORDER BY previous.sequence DESC
WITH c, e, head(collect(previous)) AS last
RETURN c.status AS status, toString(e.airDate) AS airDate,
       last.id AS lastId, last.action AS lastAction, last.evidenceUrl AS lastEvidenceUrl,
       last.note AS lastNote, toString(last.resolvedAt) AS lastResolvedAt`;

/**
 * Appends one Resolution to a prediction's history and updates its status. The dedupe key (a
 * sha256 of the change and the record it follows) is unique by constraint: a second identical
 * record cannot exist even if the lock were bypassed.
 */
export const RECORD_RESOLUTION = `
MATCH (c:Prediction {id: $id})
OPTIONAL MATCH (c)-[:HAS_RESOLUTION]->(previous:Resolution)
WITH c, previous ORDER BY previous.sequence DESC
WITH c, head(collect(previous)) AS last
CREATE (r:Resolution {dedupeKey: $dedupeKey})
SET r.id = randomUUID(),
    r.predictionId = c.id,
    r.sequence = coalesce(last.sequence, 0) + 1,
    r.action = $action,
    r.status = $status,
    r.previousStatus = c.status,
    r.evidenceUrl = $evidenceUrl,
    r.note = $note,
    r.resolvedAt = CASE WHEN $resolvedAt IS NULL THEN null ELSE date($resolvedAt) END,
    r.recordedAt = datetime($recordedAt),
    r.recordedBy = $recordedBy
CREATE (c)-[:HAS_RESOLUTION]->(r)
SET c.status = $status
RETURN r.sequence AS sequence`;

export const UNLOCK_PREDICTION = `
MATCH (c:Prediction {id: $id})
REMOVE c.resolutionLock
RETURN c.status AS status`;

export const PREDICTION_STATUS = `
MATCH (c:Prediction {id: $id})
RETURN c.status AS status`;
