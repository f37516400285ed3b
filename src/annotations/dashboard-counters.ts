import type { CountedTransaction } from '../db/database';
import { dashboardCounters } from '../db/dashboard/counters-repository';

/**
 * PLAN decision 2: the dashboard's counters (src/db/dashboard/counters*) count :Claim nodes and
 * change in the same write transaction as the claims. Every workbench write that can make a
 * claim public, take it out of public reads or change what it counts for (its kind, speaker,
 * topics, status) runs its statements through here: the counters take away what the claim
 * counted for before `change` and add what it counts for after, so an edit, an accept, a
 * reject or a retraction leaves them exact without the service working out a delta.
 */
export function countedChange<T>(
  tx: CountedTransaction,
  claimId: string,
  change: () => Promise<T>,
): Promise<T> {
  return dashboardCounters.withChange(tx, { claimIds: [claimId] }, change);
}
