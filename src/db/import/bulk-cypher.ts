/**
 * What the bulk path (bulk-load.ts) sets with Cypher after `neo4j-admin database import`:
 * the properties CSV cannot carry (bulk-tables.ts's fixes). Every value is a parameter.
 */

export const FIX_ENTITIES = `
UNWIND $rows AS r
MATCH (n:Entity {id: r.id})
SET n += r.props`;

export const FIX_CLAIMS = `
UNWIND $rows AS r
MATCH (n:Claim|ClaimDraft {id: r.id})
SET n += r.props`;

export const FIX_DISCREPANCIES = `
UNWIND $rows AS r
MATCH (n:Discrepancy {id: r.id})
SET n += r.props`;

/** Whether the database holds anything at all: the bulk path loads only an empty one. */
export const COUNT_NODES = `
MATCH (n)
RETURN count(n) AS nodes`;
