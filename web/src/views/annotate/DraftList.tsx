import { useEffect, useState } from 'react';
import { useClient } from 'urql';

import { graphql, useFragment, type FragmentType } from '../../gql';
import type { EpisodeDraftsQueryVariables } from '../../gql/graphql';
import { words } from '../../labels';
import type { ViewerData } from './use-viewer';

const DraftLineFragment = graphql(`
  fragment DraftLine on Claim {
    id
    key
    kind
    quote
    turn {
      position
    }
    review {
      state
    }
    retraction {
      at
    }
    history(first: 10) {
      by
      action
    }
  }
`);

const EpisodeDrafts = graphql(`
  query EpisodeDrafts($episode: ID!, $after: String) {
    claims(filter: { episodeId: $episode }, first: 100, after: $after, includeDrafts: true) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...DraftLine
        }
      }
    }
  }
`);

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

function DraftItem({
  claim,
  viewer,
  onPick,
}: {
  claim: FragmentType<typeof DraftLineFragment>;
  viewer: ViewerData | null;
  onPick: (id: string, turnPosition: number) => void;
}) {
  const c = useFragment(DraftLineFragment, claim);
  if (c.review.state !== 'DRAFT' || c.retraction) return null;
  const authors = c.history
    .filter((r) => r.action !== 'ACCEPT' && r.action !== 'REJECT')
    .map((r) => r.by);
  const own = viewer?.name ? authors.includes(viewer.name) : false;
  return (
    <li data-testid="draft" data-claim={c.id}>
      <button type="button" className="link" onClick={() => onPick(c.id, c.turn.position)}>
        {words(c.kind)}, turn {c.turn.position}: “{clip(c.quote)}”
      </button>{' '}
      <span className="muted">
        by {authors[0] ?? 'someone'}
        {own ? ' (you)' : ''}
      </span>
    </li>
  );
}

type Line = FragmentType<typeof DraftLineFragment> & { id: string };

const MAX_PAGES = 50;

/**
 * Every claim of the episode, drafts included, a page of 100 at a time (the API has no filter
 * by review state, so the drafts are picked out here). Read again when `version` changes.
 */
function useEpisodeLines(episodeId: string, version: number): { lines: Line[]; error: string } {
  const client = useClient();
  const [state, setState] = useState<{ lines: Line[]; error: string }>({ lines: [], error: '' });
  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      const lines: Line[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const variables: EpisodeDraftsQueryVariables = { episode: episodeId, after };
        const result = await client
          .query(EpisodeDrafts, variables, { requestPolicy: 'network-only' })
          .toPromise();
        if (cancelled) return;
        if (!result.data) return setState({ lines, error: result.error?.message ?? 'no answer' });
        lines.push(...result.data.claims.edges.map((e) => e.node));
        if (!result.data.claims.pageInfo.hasNextPage) break;
        after = result.data.claims.pageInfo.endCursor ?? null;
      }
      setState({ lines, error: '' });
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [client, episodeId, version]);
  return state;
}

/** Drafts of this episode waiting for review, in turn order; pick one to read and review it. */
export function DraftList({
  episodeId,
  viewer,
  version,
  onPick,
}: {
  episodeId: string;
  viewer: ViewerData | null;
  version: number;
  onPick: (id: string, turnPosition: number) => void;
}) {
  const { lines, error } = useEpisodeLines(episodeId, version);
  return (
    <section className="drafts" aria-labelledby="h-drafts">
      <h2 id="h-drafts">{viewer?.canReview ? 'Drafts to review' : 'Drafts'}</h2>
      {error ? <p className="state error inline">{error}</p> : null}
      <ul className="list" data-testid="drafts">
        {lines.map((line) => (
          <DraftItem key={line.id} claim={line} viewer={viewer} onPick={onPick} />
        ))}
      </ul>
    </section>
  );
}
