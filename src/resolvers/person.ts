import type { PersonResolvers, TrackRecordResolvers } from '../__generated__/resolvers-types';
import { stored } from './enums';
import { existing, windowOf } from './support';

export const Person: PersonResolvers = {
  appearances: (person, _args, { loaders }) => loaders.appearancesByPerson.load(person.id),
  turns: (person, { first, after }, { loaders }) =>
    loaders.turnPagesBySpeaker.load({ id: person.id, args: windowOf(first, after) }),
  claims: (person, { filter, first, after }, { loaders }) =>
    loaders.claimPagesBySpeaker.load({
      id: person.id,
      args: {
        ...windowOf(first, after),
        predictionsOnly: false,
        kinds: filter?.kinds?.map((kind) => stored(kind, 'lower')) ?? null,
        episodeId: filter?.episodeId ?? null,
      },
    }),
  predictions: (person, { first, after }, { loaders }) =>
    loaders.claimPagesBySpeaker.load({
      id: person.id,
      args: { ...windowOf(first, after), predictionsOnly: true, kinds: null, episodeId: null },
    }),
  affiliations: async (person, _args, { loaders }) =>
    (await loaders.entityRelations.load(person.id)).filter(
      (relation) => relation.type === 'AFFILIATED_WITH' && relation.direction === 'OUTGOING',
    ),
  authoredWorks: async (person, _args, { loaders }) => {
    const relations = await loaders.entityRelations.load(person.id);
    const works = relations.filter(
      (relation) => relation.type === 'AUTHORED_BY' && relation.direction === 'INCOMING',
    );
    return existing(await loaders.entity.loadMany(works.map((relation) => relation.entityId)));
  },
  asEntity: (person) => person,
  trackRecord: (person, _args, { loaders }) => loaders.trackRecord.load(person.id),
};

export const TrackRecord: TrackRecordResolvers = {};
