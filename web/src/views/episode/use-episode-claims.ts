import { useEffect, useState } from 'react';
import { useClient } from 'urql';

import { useLive } from '../../components/Live';
import { describeError } from '../../components/States';
import { graphql } from '../../gql';
import type { Claim } from './episode-data';

const EpisodeClaims = graphql(`
  query EpisodeClaims($id: ID!, $after: String) {
    claims(filter: { episodeId: $id }, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          quote
          quoteStart
          quoteEnd
          paraphrase
          topics
          turn {
            id
          }
          speaker {
            id
            name
          }
          prediction {
            id
            status
          }
        }
      }
    }
  }
`);

const MAX_CLAIM_PAGES = 50;

interface EpisodeClaimsState {
  claims: Claim[];
  total: number;
  error: string | null;
  done: boolean;
}

/** Every claim of the episode, a page of 100 at a time through the API's cursors. */
export function useEpisodeClaims(id: string): EpisodeClaimsState {
  const client = useClient();
  const { version } = useLive();
  const [state, setState] = useState<EpisodeClaimsState>({
    claims: [],
    total: 0,
    error: null,
    done: false,
  });
  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      const claims: Claim[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_CLAIM_PAGES; page += 1) {
        const result = await client
          .query(EpisodeClaims, { id, after }, { requestPolicy: 'network-only' })
          .toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setState((s) => ({
            ...s,
            error: result.error ? describeError(result.error) : 'no answer',
          }));
          return;
        }
        claims.push(...result.data.claims.edges.map((e) => e.node));
        setState({
          claims: [...claims],
          total: result.data.claims.totalCount,
          error: null,
          done: false,
        });
        if (!result.data.claims.pageInfo.hasNextPage) break;
        after = result.data.claims.pageInfo.endCursor ?? null;
      }
      setState((s) => ({ ...s, done: true }));
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [client, id, version]);
  return state;
}
