import type { OverviewQuery } from '../../gql/graphql';

/** The dashboard's figures as the overview's query reads them. */
export type Dashboard = OverviewQuery['dashboard'];
/** A prediction with a due date or window, as the timeline draws it. */
export type Dated = OverviewQuery['predictions']['edges'][number]['node'];
