/**
 * What a logical backup keeps beside the corpus files: the work done through the API that the
 * corpus format does not carry. Today that is every prediction's resolution history and the
 * status it left. Properties come back whole (properties(r)), with the temporal ones also as
 * text and the name of every property's type, so the backup can refuse a type it would change.
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
