import { CLAIM_RELATION_TYPES } from '../../domain/vocabulary';
import {
  CLAIM_FIELDS,
  mapOf,
  MENTION_PROPERTIES,
  perName,
  SECTION_FIELDS,
  TURN_FIELDS,
} from './import-cypher';

/**
 * CREATE statements for episodes new to the graph (no Episode node with their id when the
 * import's transaction took the import lock). Nothing of such an episode can be in the graph
 * yet, so there is nothing to find, replace or remove: each row is one CREATE instead of a
 * MERGE that first looks for the node or relationship, and the clean-up clauses of the MERGE
 * statements (old relationships of a node that moved) are left out. The properties are the
 * MERGE statements' own (import-cypher.ts), so both paths write the same graph; a test compares
 * them node by node. Every value is a parameter; labels come from fixed lists.
 */

export const CREATE_SECTIONS = `
UNWIND $rows AS r
MATCH (e:Episode {id: r.episodeId})
CREATE (s:Section ${mapOf([['id', 'r.id'], ...SECTION_FIELDS])})
CREATE (s)-[:IN_EPISODE]->(e)`;

export const CREATE_TURNS = `
UNWIND $rows AS r
MATCH (s:Section {id: r.sectionId}), (p:Person {id: r.speakerId})
CREATE (t:Turn ${mapOf([['id', 'r.id'], ...TURN_FIELDS])})
CREATE (t)-[:IN_SECTION]->(s)
CREATE (t)-[:SPOKEN_BY]->(p)`;

export const CREATE_MENTIONS = `
UNWIND $rows AS r
MATCH (t:Turn {id: r.turnId}), (n:Entity {id: r.entityId})
CREATE (t)-[m:MENTIONS {start: toInteger(r.start)}]->(n)
${MENTION_PROPERTIES}`;

/**
 * Claims with the relationships every claim has, and its ABOUT and HAS_TOPIC links (rows carry
 * them deduplicated, as MERGE would leave them).
 */
export function createClaims(label: 'Claim' | 'ClaimDraft'): string {
  return `
UNWIND $rows AS r
MATCH (t:Turn {id: r.turnId}), (p:Person {id: r.speakerId})
CREATE (c:${label} ${mapOf([['id', 'r.id'], ...CLAIM_FIELDS])})
// The span as a map, not a SET after the CREATE: the planner would put an Eager between them.
CREATE (c)-[:STATED_IN {start: toInteger(r.start), end: toInteger(r.end)}]->(t)
CREATE (c)-[:MADE_BY]->(p)
WITH c, r
CALL (c, r) {
  UNWIND r.aboutIds AS entityId
  MATCH (n:Entity {id: entityId})
  CREATE (c)-[:ABOUT]->(n)
}
CALL (c, r) {
  UNWIND r.topicIds AS topicId
  MATCH (topic:Topic {id: topicId})
  CREATE (c)-[:HAS_TOPIC]->(topic)
}`;
}

/** Relations from claims new in this transaction, by type: they cannot exist yet. */
export const CREATE_CLAIM_RELATIONS = perName(
  Object.values(CLAIM_RELATION_TYPES),
  (type) => `
MATCH (a:Claim|ClaimDraft {id: r.from}), (b:Claim|ClaimDraft {id: r.to})
CREATE (a)-[:${type}]->(b)`,
);
