import type {
  CitationResolvers,
  EntityRelationResolvers,
  EntityResolvers,
  MentionResolvers,
  RelatedEntityResolvers,
} from '../__generated__/resolvers-types';
import { userError } from '../errors';
import { globalId } from '../ids/global-id';
import { claimRepository } from '../db/claims/claim-repository';
import { WHOLE } from '../db/shared/shape';
import { nodeShapeOf } from './shapes';
import { firstOf, paged, pageRequest, present } from './support';
import { citationsOf, entityRelationsOf } from './viewed';

const MAX_RELATED = 100;

export const Entity: EntityResolvers = {
  id: (entity) => globalId('Entity', { key: entity.id }),
  key: (entity) => entity.id,
  externalIds: (entity) =>
    entity.externalIds.map((pair) => {
      const at = pair.indexOf('=');
      return { key: pair.slice(0, at), value: pair.slice(at + 1) };
    }),
  notes: (entity, { first }, { loaders }) => firstOf(loaders.notesByEntity.load(entity.id), first),
  discrepancies: (entity, { first }, { loaders }) =>
    firstOf(loaders.discrepanciesByEntity.load(entity.id), first),
  mentions: (entity, args, { loaders }, info) =>
    paged(loaders.mentionPagesByEntity.load({ id: entity.id, args: pageRequest(args, info) })),
  mentionCount: (entity, _args, { loaders }) => loaders.mentionCount.load(entity.id),
  claims: (entity, args, { loaders, compiled }, info) => {
    const request = pageRequest(args, info);
    return (
      claimRepository.prefetchedPage(entity, request) ??
      paged(
        loaders.claimPagesByEntity.load({
          id: entity.id,
          args: { ...request, shape: nodeShapeOf(compiled, info, 'Claim') },
        }),
      )
    );
  },
  citedBy: (entity, { first }, { loaders }) => firstOf(citationsOf(loaders, entity.id), first),
  relations: async (entity, { types, direction, first }, { loaders }) =>
    firstOf(
      (await entityRelationsOf(loaders, entity.id)).filter(
        (relation) =>
          (!types || types.some((type) => type === relation.type)) &&
          (!direction || relation.direction === direction),
      ),
      first,
    ),
  related: (entity, { depth, types, first }, { loaders }) => {
    const hops = depth ?? 1;
    if (!Number.isInteger(hops) || hops < 1 || hops > 3) {
      throw userError(`depth must be 1, 2 or 3, got ${String(hops)}`, { argument: 'depth' });
    }
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 1 || size > MAX_RELATED) {
      throw userError(`first must be between 1 and ${MAX_RELATED}, got ${String(size)}`, {
        argument: 'first',
      });
    }
    return loaders.relatedEntities.load({
      id: entity.id,
      args: { depth: hops, types: types ? [...types] : null, first: size },
    });
  },
  person: (entity) => (entity.type === 'person' ? entity : null),
};

export const EntityRelation: EntityRelationResolvers = {
  id: (relation) =>
    globalId('EntityRelation', {
      fromId: relation.fromId,
      relation: relation.type,
      direction: relation.direction,
      otherId: relation.entityId,
    }),
  entity: async (relation, _args, { loaders }) =>
    present(await loaders.entity.load(relation.entityId), `entity ${relation.entityId}`),
};

export const RelatedEntity: RelatedEntityResolvers = {
  entity: (related, _args, { loaders }) => {
    // Read whole with the relation: later fields that load it by id find it without a query.
    loaders.entity.prime(related.entityId, related.entity);
    return related.entity;
  },
  claims: async (related, _args, { loaders }) =>
    (
      await loaders.claimPagesByEntity.load({
        id: related.entityId,
        args: { ...pageRequest({ first: 10 }, false), shape: WHOLE },
      })
    ).items,
};

export const Mention: MentionResolvers = {
  id: (mention) => globalId('Mention', mention),
  turn: async (mention, _args, { loaders }) =>
    present(await loaders.turn.load(mention.turnId), `turn ${mention.turnId}`),
  entity: async (mention, _args, { loaders }) =>
    present(await loaders.entity.load(mention.entityId), `entity ${mention.entityId}`),
};

export const Citation: CitationResolvers = {
  id: (citation) => globalId('Citation', citation),
  person: async (citation, _args, { loaders }) =>
    present(await loaders.entity.load(citation.personId), `person ${citation.personId}`),
};
