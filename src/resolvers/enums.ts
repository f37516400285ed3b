import type { Resolvers } from '../__generated__/resolvers-types';
import { GRAPHQL_ENUMS, graphqlEnumValues } from '../domain/vocabulary';

/** Each vocabulary enum's GraphQL names → the values the graph stores (see codegen.yml). */
export const enumResolvers = {
  EntityType: graphqlEnumValues(GRAPHQL_ENUMS.EntityType),
  EntityRelationType: graphqlEnumValues(GRAPHQL_ENUMS.EntityRelationType),
  ClaimRelationType: graphqlEnumValues(GRAPHQL_ENUMS.ClaimRelationType),
  ClaimKind: graphqlEnumValues(GRAPHQL_ENUMS.ClaimKind),
  ConfidenceBucket: graphqlEnumValues(GRAPHQL_ENUMS.ConfidenceBucket),
  PredictionStatus: graphqlEnumValues(GRAPHQL_ENUMS.PredictionStatus),
  SpeakerRole: graphqlEnumValues(GRAPHQL_ENUMS.SpeakerRole),
  AttributionWording: graphqlEnumValues(GRAPHQL_ENUMS.AttributionWording),
} satisfies Partial<Resolvers>;
