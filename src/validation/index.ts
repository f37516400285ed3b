import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

import { MAX_PAGE_SIZE } from '../domain/page-size';
import { noIntrospection } from './no-introspection';

export { LIST_SIZE_BOUNDS } from './list-sizes';
export { noIntrospection } from './no-introspection';
export { operationCost, type CostOptions, type OperationCost } from './operation-cost';
export { stripSuggestions } from './strip-suggestions';

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  defaultListSize: number;
  maxPageSize: number;
}

/** The limits the API runs with. */
export const LIMITS: Readonly<Limits> = Object.freeze({
  // A connection page (3 levels) plus a few hops of relations; deeper is a graph walk.
  maxDepth: 12,
  // Enough to ask for a few fields twice; stops batching one field hundreds of times per request.
  maxAliases: 15,
  // Clients use a handful of @include/@skip; more is only useful for directive-overloading attacks.
  maxDirectives: 50,
  // Passed to parse() (Apollo's parseOptions): caps parser work before any rule runs.
  maxTokens: 2000,
  // An episode read whole (sections, turns, claims) costs ~10k; a page of 100 under a page of
  // 100 under a third list costs 100k and more.
  maxCost: 20000,
  // The size of a list field that takes no `first` argument at all.
  defaultListSize: 20,
  // The resolvers' own cap on `first` ("first: 1 to 100"); also what an unknown variable counts as.
  maxPageSize: MAX_PAGE_SIZE,
});

export interface RuleOptions {
  /** False in production: `__schema` and `__type` are refused (no-introspection.ts). */
  introspection?: boolean;
}

/**
 * graphql-armor's depth, alias and directive limits, as validation rules (Apollo's
 * validationRules, and the socket's list beside graphql-js's specifiedRules), and the
 * introspection switch. Armor's token limit, cost limit and suggestion blocking stay off: see
 * README.md for why. Introspection's `__schema` walk does not count toward depth (armor's
 * ignoreIntrospection), so GraphiQL can load the schema outside production.
 */
export function securityRules(
  limits: Readonly<Limits> = LIMITS,
  options: RuleOptions = {},
): ValidationRule[] {
  const onReject = [reportAsValidationError];
  const { validationRules } = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      ignoreIntrospection: true,
      onReject,
      propagateOnRejection: false,
    },
    // An empty allow list: 101 `__typename` aliases are 101 aliases.
    maxAliases: { n: limits.maxAliases, allowList: [], onReject, propagateOnRejection: false },
    maxDirectives: { n: limits.maxDirectives, onReject, propagateOnRejection: false },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return [
    ...(validationRules ?? []),
    ...(options.introspection === false ? [noIntrospection] : []),
  ];
}

/** Armor's messages start "Syntax Error:"; ours say what they are and carry the usual code. */
function reportAsValidationError(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    }),
  );
}
