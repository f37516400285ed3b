import { useCallback, useEffect, type ReactNode } from 'react';
import type { AnyVariables, CombinedError, OperationContext, UseQueryState } from 'urql';

import { useLiveRefresh } from './Live';

const RETRY_MS = 5_000;

type Reexecute = (opts?: Partial<OperationContext>) => void;

/** What went wrong, in words a reader can act on. */
export function describeError(error: CombinedError): string {
  if (error.networkError) {
    return 'The claimgraph API is not answering. This page will try again by itself.';
  }
  const codes = error.graphQLErrors.map((e) => e.extensions.code);
  if (codes.includes('DATABASE_UNAVAILABLE')) {
    return 'The database behind the API is unavailable. This page will try again by itself.';
  }
  return error.graphQLErrors.map((e) => e.message).join('; ') || error.message;
}

function retryable(error: CombinedError): boolean {
  return (
    error.networkError !== undefined ||
    error.graphQLErrors.some((e) => e.extensions.code === 'DATABASE_UNAVAILABLE')
  );
}

/**
 * Shows loading, error and empty states for a query, retries by itself while the API is down,
 * and re-runs the query when a prediction changes anywhere.
 */
export function Loadable<Data, Variables extends AnyVariables>({
  result,
  reexecute,
  what,
  isEmpty,
  empty,
  children,
}: {
  result: UseQueryState<Data, Variables>;
  reexecute: Reexecute;
  what: string;
  isEmpty?: (data: Data) => boolean;
  empty?: ReactNode;
  children: (data: Data) => ReactNode;
}) {
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useLiveRefresh(refresh);
  const { error, fetching, data } = result;
  useEffect(() => {
    if (!error || !retryable(error)) return undefined;
    const timer = setInterval(refresh, RETRY_MS);
    return () => clearInterval(timer);
  }, [error, refresh]);

  if (error && data === undefined) {
    return (
      <div className="state error" role="alert">
        <p>
          <strong>Could not load {what}.</strong> {describeError(error)}
        </p>
        <button type="button" onClick={refresh}>
          Try again now
        </button>
      </div>
    );
  }
  if (data === undefined) {
    return (
      <p className="state loading" role="status">
        <span className="spinner" aria-hidden="true" /> Loading {what}…
      </p>
    );
  }
  return (
    <>
      {error ? (
        <p className="state error inline" role="alert">
          Showing what was loaded before: {describeError(error)}
        </p>
      ) : null}
      {fetching ? <span className="visually-hidden">Refreshing…</span> : null}
      {isEmpty?.(data) ? <div className="state empty">{empty}</div> : children(data)}
    </>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state empty">{children}</p>;
}
