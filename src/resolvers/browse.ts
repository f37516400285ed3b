import type {
  EpisodeConnectionResolvers,
  EpisodeResolvers,
  PersonConnectionResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types';
import { browseRepository, type EpisodeStats } from '../db/browse/browse-repository';
import type { EpisodeModel } from '../db/shared/models';
import type { Loaders } from '../loaders';
import { keyOf, optionalKeyOf } from './id-arguments';
import { checkLength, edgesOf, paged, pageInfoOf, pageRequest, totalCountOf } from './support';

const MAX_TEXT = 200;

/** The index pages' lists: speakers and episodes, searchable, sortable, paged. */
export const BrowseQuery: Pick<QueryResolvers, 'speakers' | 'episodeList'> = {
  speakers: (_parent, { filter, orderBy, first, after, last, before }, { db }, info) => {
    const order = orderBy ?? 'NAME_ASC';
    return paged(
      browseRepository.speakers(
        db,
        {
          name: filter?.name ? checkLength(filter.name, MAX_TEXT, 'filter.name') : null,
          role: filter?.role ?? null,
          episodeId: optionalKeyOf(filter?.episodeId, ['Episode'], 'filter.episodeId'),
        },
        pageRequest({ first, after, last, before }, info),
        order,
      ),
    );
  },
  episodeList: (_parent, { filter, orderBy, first, after, last, before }, { db }, info) => {
    const order = orderBy ?? 'AIR_DATE_DESC';
    return paged(
      browseRepository.episodes(
        db,
        {
          text: filter?.text ? checkLength(filter.text, MAX_TEXT, 'filter.text') : null,
          speaker: filter?.speaker
            ? checkLength(
                keyOf(filter.speaker, ['Person', 'Entity'], 'filter.speaker'),
                MAX_TEXT,
                'filter.speaker',
              )
            : null,
        },
        pageRequest({ first, after, last, before }, info),
        order,
      ),
    );
  },
};

export const PersonConnection: PersonConnectionResolvers = {
  edges: (page) => edgesOf(page),
  pageInfo: (page) => pageInfoOf(page),
  totalCount: (page) => totalCountOf(page),
};

export const EpisodeConnection: EpisodeConnectionResolvers = {
  edges: (page) => edgesOf(page),
  pageInfo: (page) => pageInfoOf(page),
  totalCount: (page) => totalCountOf(page),
};

/** Rows of episodeList carry their figures; an episode reached otherwise loads them. */
async function statsOf(episode: EpisodeModel, loaders: Loaders): Promise<EpisodeStats> {
  if ('stats' in episode) return (episode as EpisodeModel & { stats: EpisodeStats }).stats;
  const stats = await loaders.episodeStats.load(episode.id);
  return stats ?? { claims: 0, predictions: 0, timedTurns: 0, hasMedia: false, speakers: [] };
}

export const EpisodeBrowseFields: Pick<
  EpisodeResolvers,
  'predictionCount' | 'timedTurnCount' | 'hasMedia'
> = {
  predictionCount: async (episode, _args, { loaders }) =>
    (await statsOf(episode, loaders)).predictions,
  timedTurnCount: async (episode, _args, { loaders }) =>
    (await statsOf(episode, loaders)).timedTurns,
  hasMedia: async (episode, _args, { loaders }) => (await statsOf(episode, loaders)).hasMedia,
};
