import type { Database } from '../database';
import * as cypher from './dashboard-cypher';

export interface Count {
  label: string;
  count: number;
}
export interface IdCount {
  id: string;
  count: number;
}

export interface DashboardRows {
  totals: Record<'episodes' | 'turns' | 'claims' | 'predictions' | 'entities' | 'mentions', number>;
  claimsBySpeaker: IdCount[];
  claimsByKind: Count[];
  claimsByTopic: Count[];
  claimsBySection: IdCount[];
  predictionsByStatus: Count[];
  dueSoon: string[];
  overdue: string[];
  mostCited: IdCount[];
  speakers: string[];
}

/** Every aggregate in one read transaction, so the figures agree with each other. */
export const dashboardRepository = {
  async load(
    db: Database,
    options: { asOf: string; soonDays: number; mostCited: number },
  ): Promise<DashboardRows> {
    return db.readTx(async (tx) => {
      const rows = async <T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> =>
        (await tx.run(query, params)).records.map((record) => record.toObject() as T);
      const numbers = <T extends { count: unknown }>(list: T[]): (T & { count: number })[] =>
        list.map((row) => ({ ...row, count: Number(row.count) }));
      const [totals] = await rows<Record<string, unknown>>(cypher.TOTALS);
      return {
        totals: Object.fromEntries(
          Object.entries(totals ?? {}).map(([key, value]) => [key, Number(value)]),
        ) as DashboardRows['totals'],
        claimsBySpeaker: numbers(await rows<IdCount>(cypher.CLAIMS_BY_SPEAKER)),
        claimsByKind: numbers(await rows<Count>(cypher.CLAIMS_BY_KIND)),
        claimsByTopic: numbers(await rows<Count>(cypher.CLAIMS_BY_TOPIC)),
        claimsBySection: numbers(await rows<IdCount>(cypher.CLAIMS_BY_SECTION)),
        predictionsByStatus: numbers(await rows<Count>(cypher.PREDICTIONS_BY_STATUS)),
        dueSoon: (await rows<{ id: string }>(cypher.DUE, { ...options, overdue: false })).map(
          (r) => r.id,
        ),
        overdue: (await rows<{ id: string }>(cypher.DUE, { ...options, overdue: true })).map(
          (r) => r.id,
        ),
        mostCited: numbers(await rows<IdCount>(cypher.MOST_CITED, { first: options.mostCited })),
        speakers: (await rows<{ id: string }>(cypher.SPEAKERS)).map((r) => r.id),
      };
    });
  },
};
