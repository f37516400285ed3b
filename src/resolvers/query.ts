import type { QueryResolvers } from '../__generated__/resolvers-types';
import { checkHealth } from '../db/health/health-repository';

export const Query: QueryResolvers = {
  health: (_parent, _args, { db }) => checkHealth(db),
};
