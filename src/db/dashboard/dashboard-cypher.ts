export const TOTALS = `
RETURN COUNT { MATCH (:Episode) } AS episodes, COUNT { MATCH (:Turn) } AS turns,
       COUNT { MATCH (:Claim) } AS claims, COUNT { MATCH (:Prediction) } AS predictions,
       COUNT { MATCH (:Entity) } AS entities, COUNT { MATCH (:Turn)-[:MENTIONS]->() } AS mentions`;

export const CLAIMS_BY_SPEAKER = `
MATCH (c:Claim)
RETURN c.speakerId AS id, count(*) AS count
ORDER BY count DESC, id`;

export const CLAIMS_BY_KIND = `
MATCH (c:Claim)
RETURN c.kind AS label, count(*) AS count
ORDER BY count DESC, label`;

export const CLAIMS_BY_TOPIC = `
MATCH (c:Claim)
UNWIND c.topics AS topic
RETURN topic AS label, count(*) AS count
ORDER BY count DESC, label`;

export const CLAIMS_BY_SECTION = `
MATCH (c:Claim)-[:STATED_IN]->(t:Turn)
WITH t.sectionId AS id, count(*) AS count
MATCH (s:Section {id: id})
RETURN id, count
ORDER BY s.episodeId, s.position`;

export const PREDICTIONS_BY_STATUS = `
MATCH (c:Prediction)
RETURN c.status AS label, count(*) AS count
ORDER BY label`;

export const DUE = `
MATCH (c:Prediction {status: 'OPEN'})
WHERE c.deadline IS NOT NULL
  AND (($overdue AND c.deadline < date($asOf))
       OR (NOT $overdue AND c.deadline >= date($asOf) AND c.deadline <= date($asOf) + duration({days: $soonDays})))
RETURN c.id AS id
ORDER BY c.deadline, c.id
LIMIT 100`;

export const MOST_CITED = `
MATCH (:Turn)-[:MENTIONS]->(x:Entity)
WITH x, count(*) AS count
ORDER BY count DESC, x.name
LIMIT $first
RETURN x.id AS id, count`;

export const SPEAKERS = `
MATCH (p:Person)-[:APPEARED_IN]->()
RETURN DISTINCT p.id AS id
ORDER BY id`;
