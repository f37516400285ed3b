import type {
  ClaimConnectionResolvers,
  ClaimEdgeResolvers,
  EntityConnectionResolvers,
  MentionConnectionResolvers,
  PredictionConnectionResolvers,
  TurnConnectionResolvers,
} from '../__generated__/resolvers-types';
import { edgesOf, pageInfoOf, totalCountOf } from './support';

export const TurnConnection: TurnConnectionResolvers = {
  edges: (page) => edgesOf(page),
  pageInfo: (page) => pageInfoOf(page),
  totalCount: (page) => totalCountOf(page),
};
export const ClaimConnection: ClaimConnectionResolvers = {
  edges: (page) => edgesOf(page),
  pageInfo: (page) => pageInfoOf(page),
  totalCount: (page) => totalCountOf(page),
};
export const ClaimEdge: ClaimEdgeResolvers = {};
export const PredictionConnection: PredictionConnectionResolvers = {
  edges: (page) => edgesOf(page),
  pageInfo: (page) => pageInfoOf(page),
  totalCount: (page) => totalCountOf(page),
};
export const EntityConnection: EntityConnectionResolvers = {
  edges: (page) => edgesOf(page),
  pageInfo: (page) => pageInfoOf(page),
  totalCount: (page) => totalCountOf(page),
};
export const MentionConnection: MentionConnectionResolvers = {
  edges: (page) => edgesOf(page),
  pageInfo: (page) => pageInfoOf(page),
  totalCount: (page) => totalCountOf(page),
};
