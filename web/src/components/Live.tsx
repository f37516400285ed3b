import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useSubscription } from 'urql';

import { wsClient } from '../client';
import { graphql } from '../gql';
import { words } from '../labels';

const PredictionChanged = graphql(`
  subscription PredictionChanged {
    predictionChanged {
      id
      status
      quote
      speaker {
        name
      }
    }
  }
`);

interface LiveState {
  /** Grows by one with each change heard; pages re-run their queries when it does. */
  version: number;
  connected: boolean;
  last: { id: string; status: string; quote: string; speaker: string } | null;
}

const LiveContext = createContext<LiveState>({ version: 0, connected: false, last: null });

/** One subscription for the whole app: any resolution or reopening anywhere reaches every page. */
export function LiveProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<LiveState>({ version: 0, connected: false, last: null });
  const [{ data }] = useSubscription({ query: PredictionChanged });

  useEffect(() => {
    const offConnected = wsClient.on('connected', () =>
      setState((s) => ({ ...s, connected: true })),
    );
    const offClosed = wsClient.on('closed', () => setState((s) => ({ ...s, connected: false })));
    return () => {
      offConnected();
      offClosed();
    };
  }, []);

  useEffect(() => {
    const change = data?.predictionChanged;
    if (!change) return;
    setState((s) => ({
      ...s,
      version: s.version + 1,
      last: {
        id: change.id,
        status: change.status,
        quote: change.quote,
        speaker: change.speaker.name,
      },
    }));
  }, [data]);

  return <LiveContext.Provider value={state}>{children}</LiveContext.Provider>;
}

export function useLive(): LiveState {
  return useContext(LiveContext);
}

/** Re-runs a page's query, from the network, each time a prediction changes. */
export function useLiveRefresh(refresh: () => void): void {
  const { version } = useLive();
  const seen = useRef(version);
  useEffect(() => {
    if (version === seen.current) return;
    seen.current = version;
    refresh();
  }, [version, refresh]);
}

/** The connection to live updates, and the latest change, announced politely. */
export function LiveStatus() {
  const { connected, last } = useLive();
  return (
    <div className="live-bar">
      <span className={connected ? 'dot on' : 'dot off'} aria-hidden="true" />
      <span>{connected ? 'Live updates on' : 'Live updates reconnecting…'}</span>
      <span role="status" aria-live="polite" className="live-last" data-testid="live-last">
        {last
          ? `${last.speaker}'s prediction “${short(last.quote)}” is now ${words(last.status)}`
          : ''}
      </span>
    </div>
  );
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
