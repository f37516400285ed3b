import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';

import { isInternalError } from '../errors';
import type { Logger } from '../log';

/**
 * Logs every error that reaches the client masked as "Internal server error" (formatError), with
 * its stack and the field's path, on the request's own logger, so the line carries the request
 * id that the client saw in `x-request-id`.
 */
export function errorLogPlugin<Context extends { log: Logger }>(): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (!isInternalError(error)) continue;
            contextValue.log.error(
              { err: unwrapResolverError(error), path: error.path?.join('.') ?? '(request)' },
              'internal error',
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
