/** Parent types of resolvers that have no repository model of their own (codegen mappers). */
import type { DashboardRows } from '../db/dashboard/dashboard-repository';

export interface EdgeModel<T> {
  cursor: string;
  node: T;
}

export interface SearchHitModel {
  type: 'TURN' | 'CLAIM' | 'ENTITY';
  id: string;
  score: number;
  snippet: string;
}

export interface DashboardModel extends DashboardRows {
  asOf: string;
}

export interface PersonCountModel {
  personId: string;
  count: number;
}

export interface SectionCountModel {
  sectionId: string;
  count: number;
}

export interface EntityCountModel {
  entityId: string;
  count: number;
}
