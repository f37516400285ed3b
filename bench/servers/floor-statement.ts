// The one statement both floor servers run: (A)'s Cypher for the bench's "claim by id".
import { Database } from '../../src/db/database';
import { CLAIM_BY_ID } from '../cases';
import { benchDatabase } from './env';

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
