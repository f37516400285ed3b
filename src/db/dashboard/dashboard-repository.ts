import type { Database } from '../database';
import type { EntityModel } from '../shared/models';
import * as cypher from './dashboard-cypher';
import type { DashboardColumn } from './dashboard-cypher';

export interface Count {
  label: string;
  count: number;
}
export interface IdCount {
  id: string;
  count: number;
}

/** A most cited entity: its count, and the entity whole. */
export interface CitedCount extends IdCount {
  entity: EntityModel;
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
  mostCited: CitedCount[];
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

const COLUMN_OF: Record<DashboardPart, DashboardColumn> = {
  totals: 'totals',
  claimsBySpeaker: 'claimsBySpeaker',
  claimsByKind: 'claimsByKind',
  claimsByTopic: 'claimsByTopic',
  claimsBySection: 'claimsBySection',
  predictionsByStatus: 'predictionsByStatus',
  dueSoon: 'dueSoon',
  overdue: 'overdue',
  mostCited: 'mostCited',
  trackRecords: 'speakers',
};

type Row = Omit<DashboardRows, 'totals'> & {
  built: boolean;
  totals: DashboardRows['totals'] | null;
};

/**
 * The asked-for aggregates in one statement, so the figures agree with each other and cost one
 * round trip. The entities of mostCited come whole (DashboardRows.mostCitedEntities) for the
 * resolvers to hand to the entity loader.
 */
export const dashboardRepository = {
  async load(
    db: Database,
    parts: ReadonlySet<DashboardPart>,
    options: Options,
  ): Promise<DashboardRows> {
    const selected = new Set([...parts].map((part) => COLUMN_OF[part]));
    // Only the parameters the selected parts use, so the statement text alone decides them.
    const due = selected.has('dueSoon') || selected.has('overdue');
    const ranked = selected.has('claimsBySection') || selected.has('mostCited');
    const params = {
      ...(due ? { asOf: options.asOf, soonDays: options.soonDays } : {}),
      ...(ranked ? { first: options.limit } : {}),
    };
    let [row] = await db.read<Row>(cypher.dashboardStatement(selected, true), params);
    const counted = [...selected].some((column) => column in cypher.SCANS);
    if (row !== undefined && !row.built && counted) {
      [row] = await db.read<Row>(cypher.dashboardStatement(selected, false), params);
    }
    if (row === undefined) throw new Error('the dashboard statement returned no row');
    const { built: _built, totals, ...rest } = row;
    return { ...rest, totals: totals ?? NO_TOTALS };
  },
};
