import { GraphQLError } from 'graphql';

import type {
  ClaimKind,
  ClaimRelationType,
  ConfidenceBucket,
  EntityRelationType,
  EntityType,
  PredictionStatus,
} from '../__generated__/resolvers-types';
import { ErrorCode } from '../errors';

/** The values of each GraphQL enum, so stored strings are checked, not cast. */
export const CLAIM_KINDS: readonly ClaimKind[] = [
  'ASSERTION',
  'EXPLANATION',
  'OPINION',
  'RECOMMENDATION',
  'PREDICTION',
  'QUESTION',
  'ANECDOTE',
];
export const CLAIM_RELATION_TYPES: readonly ClaimRelationType[] = [
  'SUPPORTS',
  'CONTRADICTS',
  'REFINES',
  'ANSWERS',
  'ENDORSES',
];
export const CONFIDENCE_BUCKETS: readonly ConfidenceBucket[] = [
  'ALMOST_CERTAIN',
  'LIKELY',
  'TOSS_UP',
  'UNLIKELY',
  'REMOTE',
];
export const PREDICTION_STATUSES: readonly PredictionStatus[] = [
  'OPEN',
  'CORRECT',
  'INCORRECT',
  'PARTIALLY_CORRECT',
  'UNRESOLVABLE',
];
export const ENTITY_TYPES: readonly EntityType[] = [
  'PERSON',
  'ORGANIZATION',
  'WORK',
  'PRODUCT',
  'PROGRAM',
  'EVENT',
  'HARDWARE',
  'CONCEPT',
  'PLACE',
];
export const ENTITY_RELATION_TYPES: readonly EntityRelationType[] = [
  'AFFILIATED_WITH',
  'AUTHORED_BY',
  'INVESTED_IN',
  'MEMBER_OF',
  'DEVELOPED_BY',
  'PART_OF',
  'INSTANCE_OF',
  'RELATED_TO',
];

/** A stored value (lower or kebab case) as a GraphQL enum value; a mismatch is a bug. */
export function asEnum<T extends string>(allowed: readonly T[], stored: string, what: string): T {
  const wanted = stored.toUpperCase().replace(/-/g, '_');
  const found = allowed.find((value) => value === wanted);
  if (found === undefined) {
    throw new GraphQLError(`stored ${what} "${stored}" is not in the schema`, {
      extensions: { code: ErrorCode.Internal },
    });
  }
  return found;
}

/** A GraphQL enum value as the graph stores it. */
export function stored(value: string, style: 'lower' | 'kebab' | 'upper'): string {
  if (style === 'upper') return value;
  const lower = value.toLowerCase();
  return style === 'kebab' ? lower.replace(/_/g, '-') : lower;
}
