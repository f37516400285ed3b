import type { ValidationRule } from 'graphql';

import { forIntrospection } from './introspection-aware';
import { maxAliasesRule } from './max-aliases-rule';
import { maxCostRule } from './max-cost-rule';
import { maxDepthRule } from './max-depth-rule';
import { maxDirectivesRule } from './max-directives-rule';

export { maxAliasesRule } from './max-aliases-rule';
export { maxCostRule, type MaxCostOptions } from './max-cost-rule';
export { maxDepthRule } from './max-depth-rule';
export { maxDirectivesRule } from './max-directives-rule';
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
  // A page of 100 with a nested list of 100 costs ~10k; a third nested level costs ~1M.
  maxCost: 20000,
  // The schema's own default for `first`, assumed when `first` is a variable or absent.
  defaultListSize: 20,
  // The resolvers' own cap on `first` ("first: 1 to 100"), so larger literals cost no more.
  maxPageSize: 100,
});

/** Depth of graphql-js's own introspection query (getIntrospectionQuery), which GraphiQL sends. */
export const INTROSPECTION_MAX_DEPTH = 16;

/**
 * The four limit rules, to add after graphql's specifiedRules (Apollo's validationRules).
 * Schema-only documents get a depth limit of their own and no cost limit (see
 * introspection-aware.ts); introspection itself is off in production.
 */
export function securityRules(limits: Readonly<Limits> = LIMITS): ValidationRule[] {
  return [
    forIntrospection(maxDepthRule(limits.maxDepth), maxDepthRule(INTROSPECTION_MAX_DEPTH)),
    maxAliasesRule(limits.maxAliases),
    maxDirectivesRule(limits.maxDirectives),
    forIntrospection(
      maxCostRule({
        maxCost: limits.maxCost,
        defaultListSize: limits.defaultListSize,
        maxPageSize: limits.maxPageSize,
      }),
      null,
    ),
  ];
}
