// The one statement both floor servers run: (A)'s Cypher for the bench's "claim by id".
import { Database } from '../../src/db/database';
import { benchDatabase } from './env';

export const CLAIM_BY_ID = `MATCH (c:Claim {id: $id})-[:MADE_BY]->(p:Person)
RETURN c.id AS id, c.quote AS quote, c.kind AS kind, p.name AS speaker`;

export interface ClaimRow {
  id: string;
  quote: string;
  kind: string;
  speaker: string;
}

/** Reads one claim in a managed read transaction, as (A) does. */
export function claimReader(): (id: string) => Promise<ClaimRow | null> {
  const db: Database = benchDatabase();
  return async (id) => (await db.read<ClaimRow>(CLAIM_BY_ID, { id }))[0] ?? null;
}
