import type { QueryResolvers } from '../__generated__/resolvers-types';
import { ANY_CLAIM, claimRepository } from '../db/claims/claim-repository';
import { DASHBOARD_PARTS, dashboardRepository } from '../db/dashboard/dashboard-repository';
import { entityRepository } from '../db/entities/entity-repository';
import { episodeRepository } from '../db/episodes/episode-repository';
import { checkHealth } from '../db/health/health-repository';
import { highlight, MAX_QUERY_LENGTH, toLuceneQuery } from '../db/search/lucene-query';
import { searchRepository } from '../db/search/search-repository';
import { MAX_PAGE_SIZE } from '../db/shared/pagination';
import { userError } from '../errors';
import { keyOf, optionalKeyOf } from './id-arguments';
import { selects } from './selection';
import { nodeShapeOf, shapeOf } from './shapes';
import { checkLength, paged, pageRequest, windowOf } from './support';

const MAX_TEXT = 200;

export const Query: QueryResolvers = {
  health: (_parent, _args, { db }) => checkHealth(db),

  episodes: (_parent, { first }, { db }) => episodeRepository.list(db, windowOf(first).first),
  episode: (_parent, { id }, { loaders }) => loaders.episode.load(keyOf(id, ['Episode'], 'id')),
  turn: (_parent, { id }, { loaders }) => loaders.turn.load(keyOf(id, ['Turn'], 'id')),

  people: (_parent, { role, first }, { db }) =>
    entityRepository.speakers(db, role ?? null, windowOf(first).first),
  person: (_parent, { id, name }, { db, compiled }, info) => {
    const query = id ?? name;
    if (query === null || query === undefined)
      throw userError('give id or name', { argument: 'id' });
    const key = id ? keyOf(id, ['Person', 'Entity'], 'id') : query;
    return entityRepository.find(db, checkLength(key, MAX_TEXT, id ? 'id' : 'name'), 'person', {
      shape: shapeOf(compiled, info, 'Person'),
    });
  },

  claims: (_parent, { filter, ...args }, { db, compiled }, info) =>
    paged(
      claimRepository.page(
        db,
        {
          ...ANY_CLAIM,
          speaker: filter?.speaker
            ? checkLength(
                keyOf(filter.speaker, ['Person', 'Entity'], 'filter.speaker'),
                MAX_TEXT,
                'filter.speaker',
              )
            : null,
          kinds: filter?.kinds ?? null,
          topic: filter?.topic ?? null,
          entity: filter?.entity
            ? checkLength(
                keyOf(filter.entity, ['Entity', 'Person'], 'filter.entity'),
                MAX_TEXT,
                'filter.entity',
              )
            : null,
          episodeId: optionalKeyOf(filter?.episodeId, ['Episode'], 'filter.episodeId'),
          sectionId: optionalKeyOf(filter?.sectionId, ['Section'], 'filter.sectionId'),
          text: filter?.text ? checkLength(filter.text, MAX_TEXT, 'filter.text') : null,
          attributedTo: filter?.attributedTo
            ? checkLength(filter.attributedTo, MAX_TEXT, 'filter.attributedTo')
            : null,
        },
        pageRequest(args, info),
        {
          predictionsOnly: false,
          order: 'EPISODE_ORDER',
          shape: nodeShapeOf(compiled, info, 'Claim'),
        },
      ),
    ),
  claim: (_parent, { id }, { loaders, compiled }, info) =>
    loaders.claimShaped.load({
      id: keyOf(id, ['Claim', 'Prediction'], 'id'),
      args: { shape: shapeOf(compiled, info, 'Claim'), predictionsOnly: false },
    }),

  predictions: (_parent, { filter, orderBy, ...args }, { db, compiled }, info) =>
    paged(
      claimRepository.page(
        db,
        {
          ...ANY_CLAIM,
          speaker: filter?.speaker
            ? checkLength(
                keyOf(filter.speaker, ['Person', 'Entity'], 'filter.speaker'),
                MAX_TEXT,
                'filter.speaker',
              )
            : null,
          statuses: filter?.statuses ? [...filter.statuses] : null,
          dueBefore: filter?.dueBefore ?? null,
          dueAfter: filter?.dueAfter ?? null,
          dated: filter?.dated ?? null,
          conditional: filter?.conditional ?? null,
          episodeId: optionalKeyOf(filter?.episodeId, ['Episode'], 'filter.episodeId'),
          topic: filter?.topic ?? null,
          entity: filter?.entity
            ? checkLength(
                keyOf(filter.entity, ['Entity', 'Person'], 'filter.entity'),
                MAX_TEXT,
                'filter.entity',
              )
            : null,
          attributedTo: filter?.attributedTo
            ? checkLength(filter.attributedTo, MAX_TEXT, 'filter.attributedTo')
            : null,
        },
        pageRequest(args, info),
        {
          predictionsOnly: true,
          order: orderBy ?? 'EPISODE_ORDER',
          shape: nodeShapeOf(compiled, info, 'Prediction'),
        },
      ),
    ),
  prediction: (_parent, { id }, { loaders, compiled }, info) =>
    loaders.claimShaped.load({
      id: keyOf(id, ['Prediction', 'Claim'], 'id'),
      args: { shape: shapeOf(compiled, info, 'Prediction'), predictionsOnly: true },
    }),

  entity: (_parent, { id, name }, { db, compiled }, info) => {
    const query = id ?? name;
    if (query === null || query === undefined)
      throw userError('give id or name', { argument: 'id' });
    const key = id ? keyOf(id, ['Entity', 'Person'], 'id') : query;
    return entityRepository.find(db, checkLength(key, MAX_TEXT, id ? 'id' : 'name'), null, {
      shape: shapeOf(compiled, info, 'Entity'),
    });
  },
  entities: (_parent, { filter, orderBy, ...args }, { db }, info) =>
    paged(
      entityRepository.page(
        db,
        {
          types: filter?.types ?? null,
          name: filter?.name ? checkLength(filter.name, MAX_TEXT, 'filter.name') : null,
          episodeId: optionalKeyOf(filter?.episodeId, ['Episode'], 'filter.episodeId'),
          citedBy: filter?.citedBy
            ? checkLength(
                keyOf(filter.citedBy, ['Person', 'Entity'], 'filter.citedBy'),
                MAX_TEXT,
                'filter.citedBy',
              )
            : null,
        },
        pageRequest(args, info),
        orderBy ?? 'CITATIONS_DESC',
      ),
    ),

  search: async (_parent, { query, types, first }, { db }) => {
    const size = windowOf(first).first;
    if (query.length > MAX_QUERY_LENGTH) {
      throw userError(`query is longer than ${MAX_QUERY_LENGTH} characters`, { argument: 'query' });
    }
    const lucene = toLuceneQuery(query);
    if (lucene.terms.length === 0) {
      throw userError('query has no words to search for', { argument: 'query' });
    }
    const rows = await searchRepository.search(
      db,
      lucene.query,
      types && types.length > 0 ? [...types] : ['TURN', 'CLAIM', 'ENTITY'],
      size,
    );
    return rows.map((row) => ({ ...row, snippet: highlight(row.text, lucene.terms) }));
  },

  dashboard: async (_parent, { asOf, soonDays }, { db, today }, info) => {
    const days = soonDays ?? 90;
    if (!Number.isInteger(days) || days < 1 || days > 3660) {
      throw userError(`soonDays must be between 1 and 3660, got ${String(days)}`, {
        argument: 'soonDays',
      });
    }
    const date = asOf ?? today;
    return {
      asOf: date,
      ...(await dashboardRepository.load(
        db,
        new Set(DASHBOARD_PARTS.filter((part) => selects(info, part))),
        { asOf: date, soonDays: days, limit: MAX_PAGE_SIZE },
      )),
    };
  },
};
