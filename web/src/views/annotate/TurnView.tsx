import { useEffect } from 'react';
import { useQuery } from 'urql';

import { graphql, useFragment, type FragmentType } from '../../gql';
import type { WorkbenchTurnQuery } from '../../gql/graphql';
import { AnnotatedText, type Layers } from './AnnotatedText';
import { TurnTime } from './TurnTime';
import type { Focus } from './focus';
import type { TurnData } from './workbench-data';

const ClaimMarkFragment = graphql(`
  fragment WorkbenchClaimMark on Claim {
    id
    kind
    quoteStart
    quoteEnd
    review {
      state
    }
    retraction {
      at
    }
  }
`);

const WorkbenchTurn = graphql(`
  query WorkbenchTurn($id: ID!, $drafts: Boolean!, $suggest: Boolean!) {
    turn(id: $id) {
      id
      claims(first: 50, includeDrafts: $drafts) {
        ...WorkbenchClaimMark
      }
      mentions(first: 50) {
        start
        end
        entity {
          id
          name
        }
      }
      exclusions(first: 50) {
        id
        start
        end
        reason
      }
      suggestions(first: 30) @include(if: $suggest) {
        kind
        start
        end
        text
        reason
        entity {
          id
          name
        }
        cues {
          kind
          text
        }
      }
    }
  }
`);

export type LoadedTurn = NonNullable<WorkbenchTurnQuery['turn']>;
export type Suggestion = NonNullable<LoadedTurn['suggestions']>[number];

/** A suggestion's id on the page: it has none in the API, so its turn, kind and place. */
export function suggestionId(turnId: string, s: { kind: string; start: number; end: number }) {
  return `${turnId}|${s.kind}|${s.start}|${s.end}`;
}

/** The state a claim shows: its review state, or RETRACTED once withdrawn. */
function claimMark(claim: FragmentType<typeof ClaimMarkFragment>) {
  const c = useFragment(ClaimMarkFragment, claim);
  const state = c.retraction ? 'RETRACTED' : c.review.state;
  return { id: c.id, kind: c.kind, state, start: c.quoteStart, end: c.quoteEnd };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * The suggestions still worth a look: a name already linked at the same place, or a
 * forward-looking sentence already annotated as a prediction or excluded, is done with.
 */
function openSuggestions(turn: LoadedTurn, claims: ReturnType<typeof claimMark>[]) {
  return (turn.suggestions ?? []).filter((s) => {
    if (s.kind !== 'FORECAST') {
      return !turn.mentions.some((m) => m.start === s.start && m.end === s.end);
    }
    const predictions = claims.filter((c) => c.kind === 'PREDICTION' && c.state !== 'RETRACTED');
    return ![...predictions, ...turn.exclusions].some((done) => overlaps(done, s));
  });
}

function layersOf(turn: LoadedTurn | null | undefined, hidden: Set<string>): Layers {
  const claims = (turn?.claims ?? []).map(claimMark);
  return {
    claims,
    mentions: (turn?.mentions ?? []).map((m) => ({ ...m, entityName: m.entity.name })),
    exclusions: turn?.exclusions ?? [],
    suggestions: turn
      ? openSuggestions(turn, claims)
          .map((s) => ({ ...s, id: suggestionId(turn.id, s) }))
          .filter((s) => !hidden.has(s.id))
      : [],
    pending: null,
  };
}

/** One turn: who spoke and when, its text with every annotation, loaded on its own. */
export function TurnView({
  turn,
  drafts,
  suggest,
  version,
  hidden,
  pending,
  focus,
  onFocus,
  onLoaded,
  mediaUrl,
}: {
  turn: TurnData;
  drafts: boolean;
  suggest: boolean;
  version: number;
  hidden: Set<string>;
  pending: { start: number; end: number } | null;
  focus: Focus | null;
  onFocus: (focus: Focus) => void;
  onLoaded: (turn: LoadedTurn) => void;
  mediaUrl: string | null;
}) {
  const [result, reexecute] = useQuery({
    query: WorkbenchTurn,
    variables: { id: turn.id, drafts, suggest },
  });
  useEffect(() => {
    if (version > 0) reexecute({ requestPolicy: 'network-only' });
  }, [version, reexecute]);
  const loaded = result.data?.turn;
  useEffect(() => {
    if (loaded) onLoaded(loaded);
  }, [loaded, onLoaded]);
  const layers = { ...layersOf(loaded, hidden), pending };
  return (
    <div className="wb-turn" id={`turn-${turn.position}`} data-turn={turn.id}>
      <p className="speaker">
        <strong>{turn.speaker.name}</strong>{' '}
        <TurnTime start={turn.startTime} end={turn.endTime} mediaUrl={mediaUrl} />{' '}
        <span className="muted">turn {turn.position}</span>
        {result.error ? (
          <span className="state error inline" role="alert">
            {' '}
            Could not load its annotations: {result.error.message}
          </span>
        ) : null}
      </p>
      <p>
        <AnnotatedText
          turnId={turn.id}
          text={turn.text}
          layers={layers}
          focus={focus}
          onFocus={onFocus}
        />
      </p>
    </div>
  );
}
