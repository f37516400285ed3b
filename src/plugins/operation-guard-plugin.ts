import { createHash } from 'node:crypto';

import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

import type { Viewer } from '../auth';
import type { Caller } from '../guard/client-key';
import type { CostReport, OperationGuard } from '../guard/operation-guard';

/** What the plugin reads from a request's context: who is calling, from where. */
export interface GuardedContext {
  viewer: Viewer | null;
  clientAddress: string;
}

/**
 * The operation guard (guard/operation-guard.ts) for HTTP: the cost limit, the database gate and
 * the per-client budgets, at didResolveOperation, the first point where Apollo knows both the
 * operation and its variables. The socket (http/live.ts) calls the same guard. A refusal
 * carries its HTTP status (400, 503, 429) and Retry-After; every answer carries
 * `extensions.cost`.
 */
export function operationGuardPlugin<Context extends GuardedContext>(
  guard: OperationGuard,
): ApolloServerPlugin<Context> {
  return {
    requestDidStart({ contextValue, request }) {
      const caller: Caller = {
        token: contextValue.viewer?.name ?? null,
        address: contextValue.clientAddress,
      };
      let report: CostReport | undefined;
      return Promise.resolve({
        didResolveOperation({ operation, document, schema }) {
          // Without an operation Apollo has already answered with an error.
          if (!operation) return Promise.resolve();
          const admission = guard.admit({
            schema,
            document,
            operation,
            variables: request.variables ?? {},
            caller,
          });
          report = admission.report;
          if (admission.ok) return Promise.resolve();
          const { error, status, retryAfterSeconds } = admission.refusal;
          const headers = new HeaderMap(
            retryAfterSeconds === null ? [] : [['retry-after', String(retryAfterSeconds)]],
          );
          return Promise.reject(
            new GraphQLError(error.message, {
              nodes: error.nodes,
              extensions: { ...error.extensions, http: { status, headers } },
            }),
          );
        },
        willSendResponse({ response }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          // The report changes with every request, so a GET's ETag is taken before it is added:
          // the same data answers If-None-Match with 304 (a weak ETag: equal but for metering).
          if (request.http?.method === 'GET') {
            const digest = createHash('sha1')
              .update(JSON.stringify({ data: result.data, errors: result.errors }))
              .digest('base64url');
            response.http.headers.set('etag', `W/"${digest}"`);
          }
          result.extensions = { ...result.extensions, cost: report ?? guard.reportFor(caller) };
          return Promise.resolve();
        },
      });
    },
  };
}
