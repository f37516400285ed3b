import type { CountedTransaction } from '../db/database';

/**
 * PLAN decision 2: dashboard counters count :Claim nodes and are updated in the same write
 * transaction as the change that edits, accepts, rejects or retracts a claim. Every such write
 * of the workbench runs inside `countedChange`, the one call site: with the counters of
 * src/db/dashboard/ (the speed work, not on main yet) it becomes
 * `dashboardCounters.withChange(tx, { claimIds: [claimId] }, work)`, which counts what the claim
 * counts for before and after the work. Until then the dashboard counts :Claim nodes as it
 * reads, so its figures are right without a counter.
 */
export async function countedChange<T>(
  _tx: CountedTransaction,
  _claimId: string,
  work: () => Promise<T>,
): Promise<T> {
  return work();
}
