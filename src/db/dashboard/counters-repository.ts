import type { CountedTransaction, Database } from '../database';
import { rows } from '../database';
import {
  APPLY,
  COUNT_BY_CLAIM,
  COUNT_BY_EPISODE,
  IS_BUILT,
  MARK_BUILT,
  REBUILD,
} from './counters-cypher';

/** Which claims a change concerns: by id, or every claim of some episodes. */
export type ClaimSet = { claimIds: readonly string[] } | { episodeIds: readonly string[] };

/**
 * The dashboard's counters (counters-cypher.ts), kept in the same write transaction as every
 * change to accepted claims, so the dashboard reads a few counter nodes instead of every claim.
 *
 * The call every writer makes, inside its own write transaction:
 *
 *   await dashboardCounters.withChange(tx, { claimIds: [id] }, async () => {
 *     // ...the statements that create, edit, accept (ClaimDraft → Claim), retract or resolve...
 *   });
 *
 * It counts what the claims count for before the work and after it, and adds the difference,
 * so any change (a new kind, another status, a claim accepted or withdrawn, created or deleted)
 * leaves the counters exact. Claims that are not `:Claim` before or after count as nothing then.
 * The importer uses it per chunk of episodes (count, write, count, add), the resolution service
 * per resolution; the workbench's review mutations use it the same way.
 */
export const dashboardCounters = {
  async withChange<T>(
    tx: CountedTransaction,
    claims: ClaimSet,
    work: () => Promise<T>,
  ): Promise<T> {
    const before = await this.count(tx, claims);
    const result = await work();
    const after = await this.count(tx, claims);
    await this.add(tx, difference(after, before));
    return result;
  },

  /** What `claims` count for now, by counter key (reads only: no lock is taken). */
  async count(tx: CountedTransaction, claims: ClaimSet): Promise<Map<string, number>> {
    const [statement, ids] =
      'claimIds' in claims
        ? [COUNT_BY_CLAIM, claims.claimIds]
        : [COUNT_BY_EPISODE, claims.episodeIds];
    const counts = new Map<string, number>();
    if (ids.length === 0) return counts;
    for (const row of rows<{ key: string; n: number }>(
      await tx.run(statement, { ids: [...ids] }),
    )) {
      counts.set(row.key, row.n);
    }
    return counts;
  },

  /** Adds each count to its counter (negative ones subtract). */
  async add(tx: CountedTransaction, delta: ReadonlyMap<string, number>): Promise<void> {
    const changed = [...delta].filter(([, n]) => n !== 0).map(([key, n]) => ({ key, n }));
    if (changed.length > 0) await tx.run(APPLY, { delta: changed });
  },

  /**
   * Counts every claim again if the counters were never built over this graph (one written
   * before they existed); a no-op otherwise. The importer and `npm start` call it.
   */
  async ensureBuilt(tx: CountedTransaction): Promise<boolean> {
    const [state] = rows<{ built: boolean }>(await tx.run(IS_BUILT));
    if (state?.built) return false;
    await tx.run(REBUILD);
    await tx.run(MARK_BUILT);
    return true;
  },

  /** ensureBuilt in a transaction of its own. */
  async ensure(db: Database): Promise<boolean> {
    return db.writeTx((tx) => this.ensureBuilt(tx));
  },
};

/** after − before, key by key. */
export function difference(
  after: ReadonlyMap<string, number>,
  before: ReadonlyMap<string, number>,
): Map<string, number> {
  const delta = new Map(after);
  for (const [key, n] of before) delta.set(key, (delta.get(key) ?? 0) - n);
  return delta;
}
