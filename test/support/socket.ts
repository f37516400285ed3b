import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

import type { CostReport } from './http';

/** What one operation over graphql-ws came back with. */
export interface SocketAnswer {
  /** Every `next` payload, in order (one for a query or mutation). */
  results: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: { cost?: CostReport };
  }[];
  /** The `error` message's errors (an operation refused before it ran). */
  errors: { message: string; extensions?: Record<string, unknown> }[];
  /** Why the socket closed or failed, when it did. */
  closed?: string;
}

export interface SocketOptions {
  /** connectionParams.authorization (anything, to test what the server accepts). */
  authorization?: unknown;
  /** Headers of the handshake: Origin, Authorization. */
  headers?: Record<string, string>;
  /** Stop after this many results (a subscription), then complete it. */
  results?: number;
  /** Called once the subscription is set up (the first ack), to make events happen. */
  onStarted?: () => void;
  timeoutMs?: number;
}

/**
 * Sends one operation over a real graphql-ws client (the `graphql-ws` package's createClient,
 * over `ws`) and collects what comes back, until it completes, fails, or `results` arrived.
 */
export function overSocket(
  httpUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: SocketOptions = {},
): Promise<SocketAnswer> {
  const headers = options.headers ?? {};
  // ws takes handshake headers as a constructor option; graphql-ws passes (url, protocol).
  class WithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WithHeaders,
    retryAttempts: 0,
    lazy: true,
    ...(options.authorization === undefined
      ? {}
      : { connectionParams: { authorization: options.authorization } }),
    on: { connected: () => options.onStarted?.() },
  });
  const answer: SocketAnswer = { results: [], errors: [] };
  return new Promise<SocketAnswer>((resolve) => {
    let unsubscribe = (): void => undefined;
    const finish = (): void => {
      clearTimeout(timer);
      unsubscribe();
      void client.dispose();
      resolve(answer);
    };
    const timer = setTimeout(() => {
      answer.closed = 'timed out';
      finish();
    }, options.timeoutMs ?? 30_000);
    unsubscribe = client.subscribe(
      { query, variables },
      {
        next: (result) => {
          answer.results.push(result as SocketAnswer['results'][number]);
          if (options.results !== undefined && answer.results.length >= options.results) finish();
        },
        error: (error) => {
          if (Array.isArray(error)) answer.errors.push(...(error as SocketAnswer['errors']));
          else answer.closed = describe(error);
          finish();
        },
        complete: finish,
      },
    );
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const reason = 'reason' in error ? String(error.reason) : '';
    return `closed ${String(error.code)} ${reason}`.trim();
  }
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String(error.message);
  }
  return String(error);
}
