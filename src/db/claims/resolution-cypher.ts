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
 * Appends one Resolution to a prediction's history and updates its status. A repeat of the
 * latest change records nothing; identical concurrent requests share one dedupe key, which a
 * uniqueness constraint makes land once.
 */
export const RECORD_RESOLUTION = `
MATCH (c:Prediction {id: $id})
OPTIONAL MATCH (c)-[:HAS_RESOLUTION]->(previous:Resolution)
WITH c, previous ORDER BY previous.sequence DESC
WITH c, head(collect(previous)) AS last
WITH c, last,
     last IS NOT NULL AND c.status = $status AND last.action = $action
       AND coalesce(last.evidenceUrl, '') = coalesce($evidenceUrl, '')
       AND coalesce(last.note, '') = coalesce($note, '')
       AND coalesce(toString(last.resolvedAt), '') = coalesce($resolvedAt, '') AS repeated
CALL {
  WITH c, last, repeated
  WITH c, last WHERE NOT repeated
  MERGE (r:Resolution {dedupeKey: c.id + '|' + coalesce(last.id, '-') + '|' + $action + '|' + $status + '|' +
                                  coalesce($evidenceUrl, '') + '|' + coalesce($note, '') + '|' + coalesce($resolvedAt, '')})
  ON CREATE SET r.id = randomUUID(),
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
  MERGE (c)-[:HAS_RESOLUTION]->(r)
  SET c.status = $status
}
REMOVE c.resolutionLock
RETURN c.id AS id`;

export const PREDICTION_CONTEXT = `
MATCH (c:Prediction {id: $id})-[:STATED_IN]->(:Turn)-[:IN_SECTION]->(:Section)-[:IN_EPISODE]->(e:Episode)
RETURN c.status AS status, toString(e.airDate) AS airDate`;
