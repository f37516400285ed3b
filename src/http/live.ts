import { randomUUID } from 'node:crypto';
import type http from 'node:http';

import {
  OperationTypeNode,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

import type { Context } from '../context';
import { formatError, isInternalError } from '../errors';
import type { Caller } from '../guard/client-key';
import type { CostReport, OperationGuard } from '../guard/operation-guard';
import { prepareOperation } from '../guard/prepare-operation';
import type { Logger } from '../log';
import { clientAddress } from './client-address';
import { socketOriginAllowed } from './origins';

/** Subscriptions share the API's address: ws://host:port/graphql, protocol graphql-transport-ws. */
export const LIVE_PATH = '/graphql';
/** The largest message a client may send, as for HTTP bodies. */
export const MAX_MESSAGE_BYTES = 1_000_000;

/** Who sent an operation over a socket, as context.ts needs it. */
export interface SocketCaller {
  /** `Bearer <token>` from connectionParams.authorization, else the handshake's Authorization. */
  authorization: string | undefined;
  address: string;
  log: Logger;
}

export interface LiveOptions {
  schema: GraphQLSchema;
  /** The same guard the Apollo plugin runs: limits, database gate, budgets. */
  guard: OperationGuard;
  /** A context for one operation. */
  context: (caller: SocketCaller) => Context;
  log: Logger;
  production: boolean;
  /** CORS_ORIGINS: other origins whose pages may open the socket (besides the service's own). */
  origins: readonly string[];
  /** CLAIMGRAPH_TRUST_PROXY, compiled (client-address.ts). */
  trusted: (address: string, index: number) => boolean;
}

export interface Live {
  close(): Promise<void>;
}

interface Admitted {
  caller: Caller;
  cost: number;
  report: CostReport;
  subscription: boolean;
}

/**
 * graphql-ws on the HTTP server's upgrade requests. A handshake from a page of another origin
 * is refused (403). Every operation, query, mutation or subscription, passes what HTTP
 * operations pass (guard/): the same parser and validation rules, then the same guard (cost
 * limit, database gate, budgets), with the same codes; errors are masked the same way; answers
 * carry `extensions.cost`. A subscription spends its cost again for every event it delivers,
 * since each event runs its selection; an event the budget cannot pay ends it with RATE_LIMITED.
 */
export function attachLive(httpServer: http.Server, options: LiveOptions): Live {
  const wss = new WebSocketServer({
    server: httpServer,
    path: LIVE_PATH,
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: (info, done) => {
      const allowed = socketOriginAllowed(
        info.req.headers.origin,
        info.req.headers.host,
        options.origins,
      );
      if (allowed) done(true);
      else done(false, 403, 'this origin may not open the socket (CORS_ORIGINS)');
    },
  });
  const admitted = new WeakMap<object, Admitted>();
  const format = (error: GraphQLError) =>
    formatError(error.toJSON(), error, { production: options.production });
  const disposable = useServer(
    {
      schema: options.schema,
      onConnect: (ctx) => {
        // A malformed authorization is a client bug worth hearing about: close with 4403.
        const given = ctx.connectionParams?.authorization;
        return given === undefined || typeof given === 'string';
      },
      onSubscribe: (ctx, _id, payload) => {
        const prepared = prepareOperation(options.schema, payload, options.production);
        if (!prepared.ok) return prepared.errors;
        const address = clientAddress(ctx.extra.request, options.trusted);
        const given = ctx.connectionParams?.authorization;
        const contextValue = options.context({
          authorization:
            typeof given === 'string' ? given : ctx.extra.request.headers.authorization,
          address,
          log: options.log.child({ reqId: randomUUID() }),
        });
        const caller: Caller = { token: contextValue.viewer?.name ?? null, address };
        const admission = options.guard.admit({
          schema: options.schema,
          document: prepared.document,
          operation: prepared.operation,
          variables: payload.variables ?? {},
          caller,
        });
        if (!admission.ok) return [admission.refusal.error];
        admitted.set(contextValue, {
          caller,
          cost: admission.cost,
          report: admission.report,
          subscription: prepared.operation.operation === OperationTypeNode.SUBSCRIPTION,
        });
        return {
          schema: options.schema,
          document: prepared.document,
          operationName: prepared.operation.name?.value ?? null,
          variableValues: payload.variables ?? null,
          contextValue,
        };
      },
      onOperation: (_ctx, _id, _payload, args, result) => {
        const entry = admitted.get(args.contextValue as object);
        if (entry === undefined || !entry.subscription) return;
        // A subscription's result is its stream of events; each is metered as it arrives.
        return Promise.resolve(result).then((resolved) =>
          isAsyncIterable(resolved)
            ? metered(resolved, () => options.guard.chargeEvent(entry.caller, entry.cost))
            : resolved,
        );
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        const contextValue = args.contextValue as Context;
        for (const error of (result.errors ?? []).filter(isInternalError)) {
          contextValue.log.error({ err: error.originalError ?? error }, 'internal error');
        }
        const cost = result.extensions?.cost ?? admitted.get(contextValue)?.report;
        return {
          ...result,
          ...(result.errors ? { errors: result.errors.map(format) } : {}),
          ...(cost === undefined ? {} : { extensions: { ...result.extensions, cost } }),
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map(format),
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

function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * Passes events on while `charge` admits them; the first it refuses becomes the last event.
 * A plain iterator rather than an async generator: a generator waiting for the next event
 * cannot be returned until one comes, so a client that unsubscribes would leave the source's
 * listener behind; here return() reaches the source at once.
 */
function metered(
  events: AsyncIterable<ExecutionResult>,
  charge: () => ReturnType<OperationGuard['chargeEvent']>,
): AsyncIterableIterator<ExecutionResult> {
  const source = events[Symbol.asyncIterator]();
  let ended = false;
  const end = async (): Promise<IteratorResult<ExecutionResult>> => {
    ended = true;
    await source.return?.();
    return { done: true, value: undefined };
  };
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    [Symbol.asyncIterator]: () => iterator,
    next: async () => {
      if (ended) return { done: true, value: undefined };
      const next = await source.next();
      if (next.done === true) return next;
      const admission = charge();
      if (!admission.ok) {
        await end();
        return {
          done: false,
          value: { errors: [admission.refusal.error], extensions: { cost: admission.report } },
        };
      }
      const value = next.value;
      return {
        done: false,
        value: { ...value, extensions: { ...value.extensions, cost: admission.report } },
      };
    },
    return: end,
  };
  return iterator;
}
