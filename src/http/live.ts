import { randomUUID } from 'node:crypto';
import type http from 'node:http';

import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

import type { Context } from '../context';
import { formatError, isInternalError } from '../errors';
import type { Logger } from '../log';
import { LIMITS, securityRules } from '../validation';

/** Subscriptions share the API's address: ws://host:port/graphql, protocol graphql-transport-ws. */
export const LIVE_PATH = '/graphql';
/** The largest message a client may send, as for HTTP bodies. */
const MAX_MESSAGE_BYTES = 1_000_000;

export interface LiveOptions {
  schema: GraphQLSchema;
  /**
   * A context for one operation. `authorization` is the connection's `{ authorization:
   * "Bearer ..." }` payload, if any: it lets editors follow drafts (claimChanged's
   * includeDrafts). Mutations are refused over the socket whoever asks: writes go over HTTP.
   */
  context: (log: Logger, authorization: string | undefined) => Context;
  log: Logger;
  production: boolean;
}

export interface Live {
  close(): Promise<void>;
}

/**
 * graphql-ws on the HTTP server's upgrade requests. Every operation passes the same limits as
 * over HTTP (depth, aliases, cost, tokens) and errors are masked the same way.
 */
export function attachLive(httpServer: http.Server, options: LiveOptions): Live {
  const wss = new WebSocketServer({
    server: httpServer,
    path: LIVE_PATH,
    maxPayload: MAX_MESSAGE_BYTES,
  });
  const rules = [...specifiedRules, ...securityRules()];
  const disposable = useServer(
    {
      schema: options.schema,
      onSubscribe: (ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: LIMITS.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('could not parse')];
        }
        const errors = validate(options.schema, document, rules);
        if (errors.length > 0) return errors;
        const writes = document.definitions.some(
          (definition) =>
            definition.kind === Kind.OPERATION_DEFINITION &&
            definition.operation === OperationTypeNode.MUTATION,
        );
        if (writes) {
          return [
            new GraphQLError('writes go over HTTP (POST /graphql) with a bearer token', {
              extensions: { code: 'UNAUTHENTICATED' },
            }),
          ];
        }
        const given: unknown = ctx.connectionParams?.authorization;
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: options.context(
            options.log.child({ reqId: randomUUID() }),
            typeof given === 'string' ? given : undefined,
          ),
        };
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors) return result;
        for (const error of result.errors.filter(isInternalError)) {
          (args.contextValue as Context).log.error(
            { err: error.originalError ?? error },
            'internal error',
          );
        }
        return {
          ...result,
          errors: result.errors.map((error) =>
            formatError(error.toJSON(), error, { production: options.production }),
          ),
        };
      },
    },
    wss,
  );
  return {
    close: async () => {
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
