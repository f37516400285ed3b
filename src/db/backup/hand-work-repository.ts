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

/** One revision of a workbench claim (the time as ISO text). */
export interface RevisionRecord {
  claimId: string;
  sequence: number;
  at: string | null;
  by: string;
  action: string;
  note: string | null;
  changes: string | null;
}

/** Who made a claim, entity or exclusion in the workbench, and when. */
export interface Authorship {
  node: AuthoredNode;
  id: string;
  by: string;
  at: string | null;
}

export type AuthoredNode = 'claim' | 'entity' | 'exclusion';
export const AUTHORED_NODES: readonly AuthoredNode[] = ['claim', 'entity', 'exclusion'];

/** Who added a mention in the workbench, and when. */
export interface MentionAuthorship {
  turnId: string;
  entityId: string;
  start: number;
  by: string;
  at: string | null;
}

/** A clientMutationId's key (a digest) and what it made. */
export interface MutationKeyRecord {
  key: string;
  targetId: string;
  createdAt: string | null;
}

/** The work done through the API that the corpus files do not hold. */
export interface HandWork {
  resolutions: ResolutionRecord[];
  statuses: { id: string; status: string }[];
  revisions: RevisionRecord[];
  authorship: Authorship[];
  mentionAuthorship: MentionAuthorship[];
  mutationKeys: MutationKeyRecord[];
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
  /** Every resolution history, the statuses they left and the workbench's own records. */
  async read(db: Database): Promise<HandWork> {
    return db.readTx(async (tx) => {
      const resolutions = rowsOf<ResolutionRow>(await tx.run(cypher.READ_RESOLUTIONS));
      const statuses = rowsOf<HandWork['statuses'][number]>(await tx.run(cypher.READ_STATUSES));
      const revisions = rowsOf<RevisionRecord & { unknown: string[] }>(
        await tx.run(cypher.READ_REVISIONS, { known: cypher.REVISION_KEYS }),
      );
      const odd = revisions.find((revision) => revision.unknown.length > 0);
      if (odd !== undefined) {
        throw new Error(
          `revision ${odd.sequence} of ${odd.claimId} has ${odd.unknown.join(', ')}, ` +
            'which a logical backup does not know how to write back',
        );
      }
      return {
        resolutions: resolutions.map(toRecord),
        statuses,
        revisions: revisions.map(({ unknown: _unknown, ...revision }) => revision),
        authorship: rowsOf<Authorship>(await tx.run(cypher.READ_AUTHORSHIP)),
        mentionAuthorship: rowsOf<MentionAuthorship>(await tx.run(cypher.READ_MENTION_AUTHORSHIP)),
        mutationKeys: rowsOf<MutationKeyRecord>(await tx.run(cypher.READ_MUTATION_KEYS)),
      };
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
   * Writes the hand work back in one transaction, after the corpus import made its claims,
   * entities, mentions and exclusions; throws (writing nothing) if a record names one that is not
   * in the graph.
   */
  async write(db: Database, work: HandWork): Promise<{ resolutions: number }> {
    // The statuses change what the dashboard counts: its counters move in the same transaction.
    const claimIds = work.statuses.map((status) => status.id);
    return db.writeTx((tx) =>
      dashboardCounters.withChange(tx, { claimIds }, async () => {
        const written = async (statement: string, rows: readonly unknown[]): Promise<number> => {
          if (rows.length === 0) return 0;
          const [row] = rowsOf<{ written: number }>(await tx.run(statement, { rows }));
          return rows.length - (row?.written ?? 0);
        };
        let missing = 0;
        missing += await written(cypher.WRITE_RESOLUTIONS, work.resolutions);
        missing += await written(cypher.WRITE_STATUSES, work.statuses);
        missing += await written(cypher.WRITE_REVISIONS, work.revisions);
        for (const node of AUTHORED_NODES) {
          const rows = work.authorship.filter((entry) => entry.node === node);
          missing += await written(cypher.WRITE_AUTHORSHIP[node], rows);
        }
        missing += await written(cypher.WRITE_MENTION_AUTHORSHIP, work.mentionAuthorship);
        missing += await written(cypher.WRITE_MUTATION_KEYS, work.mutationKeys);
        if (missing > 0) {
          throw new Error(
            `${missing} hand-work record(s) name a claim, prediction, entity, mention or ` +
              'exclusion the corpus files do not hold',
          );
        }
        return { resolutions: work.resolutions.length };
      }),
    );
  },
};
