import { GraphQLError } from 'graphql';

import type { MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';

/** The workbench API is declared (schema/annotation.graphql) before it is built. */
function notImplemented(field: string): never {
  throw new GraphQLError(`${field} is not implemented yet`, {
    extensions: { code: 'NOT_IMPLEMENTED' },
  });
}

export const AnnotationMutation: Pick<
  MutationResolvers,
  | 'createClaim'
  | 'updateClaim'
  | 'retractClaim'
  | 'reviewClaim'
  | 'createEntity'
  | 'addMention'
  | 'createExclusion'
  | 'removeExclusion'
> = {
  createClaim: () => notImplemented('createClaim'),
  updateClaim: () => notImplemented('updateClaim'),
  retractClaim: () => notImplemented('retractClaim'),
  reviewClaim: () => notImplemented('reviewClaim'),
  createEntity: () => notImplemented('createEntity'),
  addMention: () => notImplemented('addMention'),
  createExclusion: () => notImplemented('createExclusion'),
  removeExclusion: () => notImplemented('removeExclusion'),
};

export const AnnotationQuery: Pick<
  QueryResolvers,
  'deriveDueDate' | 'readConfidence' | 'lookupEntities'
> = {
  deriveDueDate: () => notImplemented('deriveDueDate'),
  readConfidence: () => notImplemented('readConfidence'),
  lookupEntities: () => notImplemented('lookupEntities'),
};
