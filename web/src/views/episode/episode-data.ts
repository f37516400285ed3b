import type { EpisodeClaimsQuery, EpisodeDetailQuery } from '../../gql/graphql';

/** The episode as the page's query reads it; each section takes the part it shows. */
export type Episode = NonNullable<EpisodeDetailQuery['episode']>;
export type Discrepancy = Episode['discrepancies'][number];
export type TurnData = Episode['sections'][number]['turns'][number];
/** A claim of the episode, as the reader loads them page by page. */
export type Claim = EpisodeClaimsQuery['claims']['edges'][number]['node'];
