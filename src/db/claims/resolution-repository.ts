import type { CountedTransaction, Database } from '../database';
import { rows } from '../database';
import { dashboardCounters } from '../dashboard/counters-repository';
import {
  LOCK_PREDICTION,
  LOCKED_STATE,
  PREDICTION_STATUS,
  RECORD_RESOLUTION,
  UNLOCK_PREDICTION,
} from './resolution-cypher';

/** A prediction's state as seen under its lock. */
export interface LockedPrediction {
  status: string;
  airDate: string;
  last: {
    id: string;
    action: string;
    evidenceUrl: string | null;
    note: string | null;
    resolvedAt: string | null;
  } | null;
}

export interface ResolutionWrite {
  id: string;
  action: 'RESOLVE' | 'REOPEN';
  status: string;
  evidenceUrl: string | null;
  note: string | null;
  resolvedAt: string | null;
  recordedAt: string;
  recordedBy: string;
  dedupeKey: string;
}

interface StateRow {
  status: string;
  airDate: string;
  lastId: string | null;
  lastAction: string | null;
  lastEvidenceUrl: string | null;
  lastNote: string | null;
  lastResolvedAt: string | null;
}

/** The statements of one resolution transaction; the service decides what runs (resolution-service.ts). */
export const resolutionRepository = {
  /** Locks the prediction and reads its state; null when there is no such prediction. */
  async lock(tx: CountedTransaction, id: string): Promise<LockedPrediction | null> {
    const locked = await tx.run(LOCK_PREDICTION, { id });
    if (locked.records.length === 0) return null;
    const [row] = rows<StateRow>(await tx.run(LOCKED_STATE, { id }));
    if (row === undefined) return null;
    return {
      status: row.status,
      airDate: row.airDate,
      last:
        row.lastId === null || row.lastAction === null
          ? null
          : {
              id: row.lastId,
              action: row.lastAction,
              evidenceUrl: row.lastEvidenceUrl,
              note: row.lastNote,
              resolvedAt: row.lastResolvedAt,
            },
    };
  },

  /** Appends the resolution and sets the status; the dashboard's counters follow it. */
  async record(tx: CountedTransaction, change: ResolutionWrite): Promise<void> {
    await dashboardCounters.withChange(tx, { claimIds: [change.id] }, async () => {
      await tx.run(RECORD_RESOLUTION, { ...change });
    });
  },

  /** Releases the marker and reads the status back, still inside the transaction. */
  async unlock(tx: CountedTransaction, id: string): Promise<string | null> {
    const [row] = rows<{ status: string }>(await tx.run(UNLOCK_PREDICTION, { id }));
    return row?.status ?? null;
  },

  /** The prediction's status now; null when there is no such prediction. */
  async status(db: Database, id: string): Promise<string | null> {
    const [row] = await db.read<{ status: string }>(PREDICTION_STATUS, { id });
    return row?.status ?? null;
  },

  /** Runs `work` in one write transaction (database.ts retries it as a whole). */
  inTransaction<T>(db: Database, work: (tx: CountedTransaction) => Promise<T>): Promise<T> {
    return db.writeTx(work);
  },
};
