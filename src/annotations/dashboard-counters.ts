import type { CountedTransaction } from '../db/database';

/**
 * PLAN decision 2: dashboard counters count :Claim nodes and are updated in the same write
 * transaction as the change that makes a claim public or takes it out of public reads. Those
 * counters (src/db/dashboard/counters*, the speed work) are not on main yet: this is the one
 * call site the workbench's writes go through, to connect to them at merge. Until then the
 * dashboard counts :Claim nodes as it reads, so its figures are right without a counter.
 */
export async function publicClaimsChanged(
  _tx: CountedTransaction,
  _change: { claimId: string; delta: 1 | -1 },
): Promise<void> {
  // Connected to the counters when they land (see above).
}
