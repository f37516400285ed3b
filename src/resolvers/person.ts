import type { PersonResolvers, TrackRecordResolvers } from '../__generated__/resolvers-types';
import { globalId } from '../ids/global-id';
import { optionalKeyOf } from './id-arguments';
import { nodeShapeOf } from './shapes';
import { existing, firstOf, paged, pageRequest } from './support';
import { entityRelationsOf, trackRecordOf } from './viewed';

export const Person: PersonResolvers = {
  id: (person) => globalId('Person', { key: person.id }),
  key: (person) => person.id,
  appearances: (person, { first }, { loaders }) =>
    firstOf(loaders.appearancesByPerson.load(person.id), first),
  turns: (person, args, { loaders }, info) =>
    paged(loaders.turnPagesBySpeaker.load({ id: person.id, args: pageRequest(args, info) })),
  claims: (person, { filter, ...args }, { loaders, compiled }, info) =>
    paged(
      loaders.claimPagesBySpeaker.load({
        id: person.id,
        args: {
          ...pageRequest(args, info),
          shape: nodeShapeOf(compiled, info, 'Claim'),
          predictionsOnly: false,
          kinds: filter?.kinds ?? null,
          episodeId: optionalKeyOf(filter?.episodeId, ['Episode'], 'filter.episodeId'),
        },
      }),
    ),
  predictions: (person, args, { loaders, compiled }, info) =>
    paged(
      loaders.claimPagesBySpeaker.load({
        id: person.id,
        args: {
          ...pageRequest(args, info),
          shape: nodeShapeOf(compiled, info, 'Prediction'),
          predictionsOnly: true,
          kinds: null,
          episodeId: null,
        },
      }),
    ),
  affiliations: async (person, { first }, { loaders }) =>
    firstOf(
      (await entityRelationsOf(loaders, person.id)).filter(
        (relation) => relation.type === 'AFFILIATED_WITH' && relation.direction === 'OUTGOING',
      ),
      first,
    ),
  authoredWorks: async (person, { first }, { loaders }) => {
    const relations = await loaders.entityRelations.load(person.id);
    const works = relations.filter(
      (relation) => relation.type === 'AUTHORED_BY' && relation.direction === 'INCOMING',
    );
    const ids = await firstOf(
      works.map((relation) => relation.entityId),
      first,
    );
    return existing(await loaders.entity.loadMany(ids));
  },
  asEntity: (person) => person,
  trackRecord: (person, _args, { loaders }) => trackRecordOf(loaders, person.id),
};

export const TrackRecord: TrackRecordResolvers = {
  id: (record) => globalId('TrackRecord', record),
};
