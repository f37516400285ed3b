import { dashboardCounters } from '../dashboard/counters-repository';
import { rows as rowsOf, type Database } from '../database';
import * as cypher from './hand-work-cypher';

/** One resolution record as a backup keeps it: plain properties, temporal ones as ISO text. */
export interface ResolutionRecord {
  predictionId: string;
  plain: Record<string, string | number | boolean | string[]>;
  resolvedAt: string | null;
  recordedAt: string | null;
}

/** The work done through the API that the corpus files do not hold. */
export interface HandWork {
  resolutions: ResolutionRecord[];
  statuses: { id: string; status: string }[];
}

/** Types a backup writes back as they were read (Neo4j's valueType names). */
const PLAIN = new Set([
  'STRING NOT NULL',
  'INTEGER NOT NULL',
  'BOOLEAN NOT NULL',
  'LIST<STRING NOT NULL> NOT NULL',
]);
const TEMPORAL: Record<string, string> = {
  resolvedAt: 'DATE NOT NULL',
  recordedAt: 'ZONED DATETIME NOT NULL',
};

interface ResolutionRow {
  predictionId: string;
  properties: Record<string, unknown>;
  types: [string, string][];
}

/**
 * A property of a type the backup does not know would come back as another type (a float as an
 * integer, a point as a map): refuse the backup, naming it, rather than write one that differs.
 */
function toRecord(row: ResolutionRow): ResolutionRecord {
  const plain: ResolutionRecord['plain'] = {};
  let resolvedAt: string | null = null;
  let recordedAt: string | null = null;
  for (const [key, type] of row.types) {
    const value = row.properties[key];
    if (TEMPORAL[key] === type && typeof value === 'string') {
      if (key === 'resolvedAt') resolvedAt = value;
      else recordedAt = value;
    } else if (PLAIN.has(type) && key in TEMPORAL === false) {
      plain[key] = value as ResolutionRecord['plain'][string];
    } else {
      throw new Error(
        `resolution ${String(row.properties.id)} of ${row.predictionId}: property ${key} is a ${type}, ` +
          'which a logical backup cannot write back as it is',
      );
    }
  }
  return { predictionId: row.predictionId, plain, resolvedAt, recordedAt };
}

export const handWorkRepository = {
  /** Every resolution history and the statuses they left, read in one transaction. */
  async read(db: Database): Promise<HandWork> {
    return db.readTx(async (tx) => {
      const resolutions = rowsOf<ResolutionRow>(await tx.run(cypher.READ_RESOLUTIONS));
      const statuses = rowsOf<HandWork['statuses'][number]>(await tx.run(cypher.READ_STATUSES));
      return { resolutions: resolutions.map(toRecord), statuses };
    });
  },

  /** The keys of every episode, in order. */
  async episodes(db: Database): Promise<string[]> {
    return (await db.read<{ id: string }>(cypher.READ_EPISODES)).map((row) => row.id);
  },

  async content(db: Database): Promise<{ episodes: number; resolutions: number }> {
    const [row] = await db.read<{ episodes: number; resolutions: number }>(cypher.COUNT_CONTENT);
    return row ?? { episodes: 0, resolutions: 0 };
  },

  /**
   * Writes the hand work back in one transaction, after the corpus import made its predictions;
   * throws (writing nothing) if a prediction it names is not in the graph.
   */
  async write(db: Database, work: HandWork): Promise<{ resolutions: number }> {
    // The statuses change what the dashboard counts: its counters move in the same transaction.
    const claimIds = work.statuses.map((status) => status.id);
    return db.writeTx((tx) =>
      dashboardCounters.withChange(tx, { claimIds }, async () => {
        const [written] = rowsOf<{ written: number }>(
          await tx.run(cypher.WRITE_RESOLUTIONS, { rows: work.resolutions }),
        );
        const [statuses] = rowsOf<{ written: number }>(
          await tx.run(cypher.WRITE_STATUSES, { rows: work.statuses }),
        );
        const missing =
          work.resolutions.length -
          (written?.written ?? 0) +
          work.statuses.length -
          (statuses?.written ?? 0);
        if (missing > 0) {
          throw new Error(
            `${missing} resolution record(s) or status(es) name a prediction the corpus files do not hold`,
          );
        }
        return { resolutions: work.resolutions.length };
      }),
    );
  },
};
