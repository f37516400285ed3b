import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';

import type { Context } from '../context';

/**
 * Public reads carry the cache hints of the schema (@cacheControl, default max-age below);
 * anything sent with an Authorization header, and every mutation, gets `no-store` so no shared
 * cache keeps an answer that depended on who asked or that changed the graph.
 */
export const PUBLIC_MAX_AGE_SECONDS = 60;

export function privateAnswersPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: ({ request }) => {
      const authorized = (request.http?.headers.get('authorization') ?? '') !== '';
      return Promise.resolve({
        willSendResponse: ({ response, operation }) => {
          if (
            authorized ||
            (operation !== undefined && operation.operation !== OperationTypeNode.QUERY)
          ) {
            // cacheHintsPlugin keeps an uncacheable header it finds, whichever runs first.
            response.http.headers.set('cache-control', 'no-store');
          }
          return Promise.resolve();
        },
      });
    },
  };
}
