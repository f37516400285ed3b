import type { WorkbenchEpisodeQuery } from '../../gql/graphql';

/** The episode as the workbench page reads it: sections, turns with times, speakers. */
export type EpisodeData = NonNullable<WorkbenchEpisodeQuery['episode']>;
export type SectionData = EpisodeData['sections'][number];
export type TurnData = SectionData['turns'][number];
