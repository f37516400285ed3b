/**
 * Dashboard aggregates. None of them reads every claim: totals come from Neo4j's count store,
 * per-person, per-topic and per-entity counts are relationship degrees, per-kind and per-status
 * counts read only their range index, and per-section counts stop after the sections asked for.
 * Exact by construction, so no counter has to be kept right by the importer and by resolutions.
 * Every pattern that reaches a claim names :Claim, so drafts (:ClaimDraft) are never counted.
 */
export const TOTALS = `
RETURN COUNT { MATCH (:Episode) } AS episodes, COUNT { MATCH (:Turn) } AS turns,
       COUNT { MATCH (:Claim) } AS claims, COUNT { MATCH (:Prediction) } AS predictions,
       COUNT { MATCH (:Entity) } AS entities, COUNT { MATCH (:Turn)-[:MENTIONS]->() } AS mentions`;

export const CLAIMS_BY_SPEAKER = `
MATCH (p:Person)
WITH p.id AS id, COUNT { (p)<-[:MADE_BY]-(:Claim) } AS count
WHERE count > 0
RETURN id, count
ORDER BY count DESC, id`;

export const CLAIMS_BY_KIND = `
MATCH (c:Claim) WHERE c.kind IS NOT NULL
RETURN c.kind AS label, count(*) AS count
ORDER BY count DESC, label`;

export const CLAIMS_BY_TOPIC = `
MATCH (t:Topic)
WITH t.id AS label, COUNT { (t)<-[:HAS_TOPIC]-(:Claim) } AS count
WHERE count > 0
RETURN label, count
ORDER BY count DESC, label`;

export const CLAIMS_BY_SECTION = `
MATCH (s:Section)
WITH s ORDER BY s.episodeId, s.position
CALL (s) {
  MATCH (s)<-[:IN_SECTION]-(t:Turn)
  RETURN sum(COUNT { (t)<-[:STATED_IN]-(:Claim) }) AS count
}
WITH s, count WHERE count > 0
RETURN s.id AS id, count
LIMIT $first`;

export const PREDICTIONS_BY_STATUS = `
MATCH (c:Prediction) WHERE c.status IS NOT NULL
RETURN c.status AS label, count(*) AS count
ORDER BY label`;

export const DUE = `
MATCH (c:Prediction)
WHERE c.deadline IS NOT NULL AND c.status = 'OPEN'
  AND (($overdue AND c.deadline < date($asOf))
       OR (NOT $overdue AND c.deadline >= date($asOf) AND c.deadline <= date($asOf) + duration({days: $soonDays})))
RETURN c.id AS id
ORDER BY c.deadline, c.id
LIMIT 100`;

export const MOST_CITED = `
MATCH (x:Entity)
WITH x, COUNT { (x)<-[:MENTIONS]-() } AS count
WHERE count > 0
ORDER BY count DESC, x.name
LIMIT $first
RETURN x.id AS id, count`;

export const SPEAKERS = `
MATCH (p:Person) WHERE EXISTS { (p)-[:APPEARED_IN]->() }
RETURN p.id AS id
ORDER BY id`;
