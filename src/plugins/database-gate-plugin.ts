import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

import { ErrorCode } from '../errors';

/**
 * While the service's own Neo4j is known to be down (its supervisor is restarting it), every
 * operation is answered at once with DATABASE_UNAVAILABLE instead of waiting for the driver's
 * connection and retry timeouts: clients learn it in milliseconds, and the restarting JVM is
 * not starved of CPU by requests that cannot succeed.
 */
export function databaseGatePlugin<Context extends object>(
  isDown: () => boolean,
): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation() {
          if (!isDown()) return Promise.resolve();
          return Promise.reject(
            new GraphQLError('The database is restarting; try again shortly.', {
              extensions: {
                code: ErrorCode.DatabaseUnavailable,
                http: { status: 503, headers: new HeaderMap([['retry-after', '2']]) },
              },
            }),
          );
        },
      });
    },
  };
}
