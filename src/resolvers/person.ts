import type { PersonResolvers, TrackRecordResolvers } from '../__generated__/resolvers-types';
import { globalId, optionalKeyOf } from './global-id';
import { NESTED_CLAIM_ORDER } from '../db/claims/claim-repository';
import { TURN_ORDER } from '../db/episodes/episode-repository';
import { connectionWindow, existing, firstOf } from './support';
import { entityRelationsOf, trackRecordOf } from './viewed';

export const Person: PersonResolvers = {
  id: (person) => globalId('Person', person.id),
  key: (person) => person.id,
  appearances: (person, { first }, { loaders }) =>
    firstOf(loaders.appearancesByPerson.load(person.id), first),
  turns: (person, { first, after, last, before }, { loaders }, info) =>
    loaders.turnPagesBySpeaker.load({
      id: person.id,
      args: connectionWindow(
        'Person.turns',
        TURN_ORDER.length,
        { first, after, last, before },
        info,
      ),
    }),
  claims: (person, { filter, first, after, last, before }, { loaders }, info) =>
    loaders.claimPagesBySpeaker.load({
      id: person.id,
      args: {
        ...connectionWindow(
          'Person.claims',
          NESTED_CLAIM_ORDER.length,
          { first, after, last, before },
          info,
        ),
        predictionsOnly: false,
        kinds: filter?.kinds ?? null,
        episodeId: optionalKeyOf(filter?.episodeId, ['Episode'], 'filter.episodeId'),
      },
    }),
  predictions: (person, { first, after, last, before }, { loaders }, info) =>
    loaders.claimPagesBySpeaker.load({
      id: person.id,
      args: {
        ...connectionWindow(
          'Person.predictions',
          NESTED_CLAIM_ORDER.length,
          { first, after, last, before },
          info,
        ),
        predictionsOnly: true,
        kinds: null,
        episodeId: null,
      },
    }),
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
  id: (record) => globalId('TrackRecord', record.personId),
};
