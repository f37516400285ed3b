import type { SearchHitResolvers } from '../__generated__/resolvers-types';

export const SearchHit: SearchHitResolvers = {
  turn: (hit, _args, { loaders }) => (hit.type === 'TURN' ? loaders.turn.load(hit.id) : null),
  claim: (hit, _args, { loaders }) => (hit.type === 'CLAIM' ? loaders.claim.load(hit.id) : null),
  entity: (hit, _args, { loaders }) => (hit.type === 'ENTITY' ? loaders.entity.load(hit.id) : null),
};
