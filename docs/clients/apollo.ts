/**
 * The Apollo Client (v4) cache setup we publish for claimgraph. Copy it, or import it if you
 * vendor this file. Every type with identity is normalised by its global `id` (Apollo's default
 * `__typename:id` key works, since ids are already unique); embedded values merge into their
 * parent; connections page with relayStylePagination, keyed by their filter arguments.
 */
import { InMemoryCache, type TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

import { EMBEDDED_TYPES, NODE_TYPES } from './types';

const CONNECTION_TYPES = new Set<string>(
  EMBEDDED_TYPES.filter((type) => /(Connection|Edge)$/.test(type)),
);

export const typePolicies: TypePolicies = {
  ...Object.fromEntries(
    EMBEDDED_TYPES.filter((type) => !CONNECTION_TYPES.has(type)).map((type) => [
      type,
      { merge: true },
    ]),
  ),
  Query: {
    fields: {
      claims: relayStylePagination(['filter']),
      predictions: relayStylePagination(['filter', 'orderBy']),
      entities: relayStylePagination(['filter', 'orderBy']),
    },
  },
  Person: {
    fields: {
      turns: relayStylePagination(),
      claims: relayStylePagination(['filter']),
      predictions: relayStylePagination(),
    },
  },
  Entity: {
    fields: {
      mentions: relayStylePagination(),
      claims: relayStylePagination(),
    },
  },
};

export function claimgraphCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies, possibleTypes: { Node: [...NODE_TYPES] } });
}
