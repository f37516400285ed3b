import { createClient as createWsClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';

import { authorizationHeaders } from './token';

/**
 * urql: a small client (document cache, exchanges) that takes the typed documents of
 * graphql-codegen's client preset as they are, and speaks graphql-ws through its subscription
 * exchange. The dashboard needs no normalised cache: live changes re-run the affected queries.
 */

const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;

/** Reconnects forever, backing off to 10 s, so the page recovers by itself when the API is back. */
export const wsClient = createWsClient({
  url: wsUrl,
  lazy: false,
  retryAttempts: Number.POSITIVE_INFINITY,
  shouldRetry: () => true,
  retryWait: (retries) =>
    new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** retries))),
});

export const client = new Client({
  url: '/graphql',
  requestPolicy: 'cache-and-network',
  // The token of whoever signed in to the workbench (token.ts), read afresh for each request;
  // without one, every read is anonymous and public.
  fetchOptions: () => ({ headers: authorizationHeaders() }),
  exchanges: [
    cacheExchange,
    fetchExchange,
    subscriptionExchange({
      forwardSubscription(request) {
        const input = { ...request, query: request.query ?? '' };
        return {
          subscribe(sink) {
            return { unsubscribe: wsClient.subscribe(input, sink) };
          },
        };
      },
    }),
  ],
});

/** Headers for a mutation made with the editor's bearer token. */
export function withToken(token: string): { fetchOptions: { headers: Record<string, string> } } {
  return { fetchOptions: { headers: { authorization: `Bearer ${token.trim()}` } } };
}
