/**
 * The urql graphcache setup we publish for claimgraph. Types with identity are keyed by their
 * global `id` (graphcache's default); embedded values get a null key, so graphcache stores them
 * inside their parent without "Invalid key" warnings; connections merge with relayPagination.
 */
import type { CacheExchangeOpts } from '@urql/exchange-graphcache';
import type { IntrospectionQuery } from 'graphql';
import { relayPagination } from '@urql/exchange-graphcache/extras';

import { EMBEDDED_TYPES } from './types';

export const graphcacheConfig: CacheExchangeOpts = {
  keys: Object.fromEntries(EMBEDDED_TYPES.map((type) => [type, () => null])),
  resolvers: {
    Query: {
      claims: relayPagination(),
      predictions: relayPagination(),
      entities: relayPagination(),
    },
    Person: {
      turns: relayPagination(),
      claims: relayPagination(),
      predictions: relayPagination(),
    },
    Entity: {
      mentions: relayPagination(),
      claims: relayPagination(),
    },
  },
};

/**
 * The same, with the schema, which graphcache needs to match fragments on interfaces such as
 * `fragment on Node` without "Heuristic Fragment Matching" warnings. Get the introspection with
 * `npm run -s schema:print -- --introspection > claimgraph.introspection.json`.
 */
export function graphcacheWithSchema(schema: IntrospectionQuery): CacheExchangeOpts {
  return { ...graphcacheConfig, schema };
}

/**
 * urql sends short queries as GET with only an Accept header, which CSRF prevention refuses.
 * This header makes the browser preflight the request, which is what CSRF prevention needs.
 */
export const CLAIMGRAPH_FETCH_OPTIONS: RequestInit = {
  headers: { 'apollo-require-preflight': 'true' },
};
