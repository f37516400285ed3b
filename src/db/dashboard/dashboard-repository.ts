import { rows as toRows, type Database } from '../database';
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

/** The parts of a dashboard, each one statement; a request runs only the parts it selects. */
export type DashboardPart = Exclude<keyof DashboardRows, 'speakers'> | 'trackRecords';
export const DASHBOARD_PARTS: readonly DashboardPart[] = [
  'totals',
  'claimsBySpeaker',
  'claimsByKind',
  'claimsByTopic',
  'claimsBySection',
  'predictionsByStatus',
  'dueSoon',
  'overdue',
  'mostCited',
  'trackRecords',
];

const NO_TOTALS: DashboardRows['totals'] = {
  episodes: 0,
  turns: 0,
  claims: 0,
  predictions: 0,
  entities: 0,
  mentions: 0,
};

interface Options {
  asOf: string;
  soonDays: number;
  /** The most rows any part returns (the largest `first`). */
  limit: number;
}

/** The asked-for aggregates in one read transaction, so the figures agree with each other. */
export const dashboardRepository = {
  async load(
    db: Database,
    parts: ReadonlySet<DashboardPart>,
    options: Options,
  ): Promise<DashboardRows> {
    return db.readTx(async (tx) => {
      const rows = async <T>(
        part: DashboardPart,
        query: string,
        params: Record<string, unknown> = {},
      ): Promise<T[]> => (parts.has(part) ? toRows<T>(await tx.run(query, params)) : []);
      const ids = (list: { id: string }[]): string[] => list.map((r) => r.id);
      const [totals] = await rows<DashboardRows['totals']>('totals', cypher.TOTALS);
      return {
        totals: totals ?? NO_TOTALS,
        claimsBySpeaker: await rows<IdCount>('claimsBySpeaker', cypher.CLAIMS_BY_SPEAKER),
        claimsByKind: await rows<Count>('claimsByKind', cypher.CLAIMS_BY_KIND),
        claimsByTopic: await rows<Count>('claimsByTopic', cypher.CLAIMS_BY_TOPIC),
        claimsBySection: await rows<IdCount>('claimsBySection', cypher.CLAIMS_BY_SECTION, {
          first: options.limit,
        }),
        predictionsByStatus: await rows<Count>('predictionsByStatus', cypher.PREDICTIONS_BY_STATUS),
        dueSoon: ids(await rows('dueSoon', cypher.DUE, { ...options, overdue: false })),
        overdue: ids(await rows('overdue', cypher.DUE, { ...options, overdue: true })),
        mostCited: await rows<IdCount>('mostCited', cypher.MOST_CITED, { first: options.limit }),
        speakers: ids(await rows('trackRecords', cypher.SPEAKERS)),
      };
    });
  },
};
