import type { Database } from '../database';
import { LOCK_PREDICTION, PREDICTION_CONTEXT, RECORD_RESOLUTION } from './resolution-cypher';

export interface ResolutionWrite {
  id: string;
  action: 'RESOLVE' | 'REOPEN';
  status: string;
  evidenceUrl: string | null;
  note: string | null;
  resolvedAt: string | null;
  recordedAt: string;
  recordedBy: string;
}

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

export const resolutionRepository = {
  /** The prediction's status and its episode's air date; null when no such prediction. */
  async context(db: Database, id: string): Promise<{ status: string; airDate: string } | null> {
    const [row] = await db.read<{ status: string; airDate: string }>(PREDICTION_CONTEXT, { id });
    return row ?? null;
  },

  /** Returns false when the prediction does not exist. */
  async record(db: Database, change: ResolutionWrite): Promise<boolean> {
    try {
      return await db.writeTx(async (tx) => {
        const locked = await tx.run(LOCK_PREDICTION, { id: change.id });
        if (locked.records.length === 0) return false;
        await tx.run(RECORD_RESOLUTION, { ...change });
        return true;
      });
    } catch (error) {
      // A concurrent identical request created the same record first: that is the outcome.
      if (
        typeof error === 'object' &&
        error !== null &&
        'code' in error &&
        error.code === CONSTRAINT_FAILED
      ) {
        return true;
      }
      throw error;
    }
  },
};
