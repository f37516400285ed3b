import type { PredictionDetailQuery } from '../../gql/graphql';

/** The prediction as the page's query reads it; each section takes the part it shows. */
export type PredictionData = NonNullable<PredictionDetailQuery['prediction']>;
