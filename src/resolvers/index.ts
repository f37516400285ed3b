import type { Resolvers } from '../__generated__/resolvers-types';
import { Query } from './query';

export const resolvers: Resolvers = {
  Query,
};
