import { Fragment, type MouseEvent, type ReactNode } from 'react';

import { words } from '../../labels';
import type { Focus } from './focus';

export interface Span {
  start: number;
  end: number;
}
/** A claim's quote; state DRAFT, REJECTED and RETRACTED look different from ACCEPTED. */
export interface ClaimMark extends Span {
  id: string;
  kind: string;
  state: string;
}
export interface MentionMark extends Span {
  entityName: string;
}
export interface ExclusionMark extends Span {
  reason: string;
}
/** A ghost highlight the assistant proposes; nothing is written until a person accepts it. */
export interface SuggestionMark extends Span {
  id: string;
  kind: string;
  reason: string;
}

export interface Layers {
  claims: ClaimMark[];
  mentions: MentionMark[];
  exclusions: ExclusionMark[];
  suggestions: SuggestionMark[];
  /** The words selected for the form now open, kept visible while focus is in the form. */
  pending: Span | null;
}

function cutPoints(length: number, layers: Layers): number[] {
  const cuts = new Set<number>([0, length]);
  const { claims, mentions, exclusions, suggestions, pending } = layers;
  for (const span of [
    ...claims,
    ...mentions,
    ...exclusions,
    ...suggestions,
    ...(pending ? [pending] : []),
  ]) {
    cuts.add(Math.max(0, Math.min(span.start, length)));
    cuts.add(Math.max(0, Math.min(span.end, length)));
  }
  return [...cuts].sort((a, b) => a - b);
}

const isFocused = (focus: Focus | null, type: Focus['type'], id: string) =>
  focus !== null && focus.type === type && focus.id === id;

/**
 * A turn's text with its annotations, as React text only (never HTML). Each piece between two
 * span boundaries carries data-at, its offset in the turn, so a selection maps back to offsets
 * (selection.ts). Claims are marks coloured by kind, innermost on top; drafts are dashed,
 * rejected and retracted ones struck through; mentions underlined; exclusions greyed;
 * suggestions are dotted ghosts.
 */
export function AnnotatedText({
  turnId,
  text,
  layers,
  focus,
  onFocus,
}: {
  turnId: string;
  text: string;
  layers: Layers;
  focus: Focus | null;
  onFocus: (focus: Focus) => void;
}) {
  const points = cutPoints(text.length, layers);
  const pieces: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    if (to > from)
      pieces.push(<Piece key={from} {...{ text, from, to, layers, focus, onFocus }} />);
  }
  return (
    <span className="turn-text" data-turn-text={turnId}>
      {pieces}
    </span>
  );
}

function Piece({
  text,
  from,
  to,
  layers,
  focus,
  onFocus,
}: {
  text: string;
  from: number;
  to: number;
  layers: Layers;
  focus: Focus | null;
  onFocus: (focus: Focus) => void;
}) {
  const covers = (span: Span) => span.start <= from && span.end >= to;
  const pick = (event: MouseEvent, next: Focus) => {
    // A click that ends a selection is a selection, not a pick.
    if (window.getSelection()?.isCollapsed === false) return;
    event.stopPropagation();
    onFocus(next);
  };
  let piece: ReactNode = <span data-at={from}>{text.slice(from, to)}</span>;
  if (layers.pending && covers(layers.pending)) piece = <span className="pending">{piece}</span>;
  const mention = layers.mentions.find(covers);
  if (mention)
    piece = (
      <span className="mention" title={`Mention of ${mention.entityName}`}>
        {piece}
      </span>
    );
  const exclusion = layers.exclusions.find(covers);
  if (exclusion)
    piece = (
      <span className="exclusion" title={`Excluded: ${exclusion.reason}`}>
        {piece}
      </span>
    );
  // Only the focused highlight can take the focus (for the keyboard and screen readers): in
  // Chromium a mouse drag that starts on a focusable element selects no text.
  const claim = layers.claims.filter(covers).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  if (claim) {
    const focused = isFocused(focus, 'claim', claim.id);
    piece = (
      <mark
        className={`kind-${claim.kind.toLowerCase()} state-${claim.state.toLowerCase()}${focused ? ' focused' : ''}`}
        data-claim={claim.id}
        data-state={claim.state}
        title={`${words(claim.kind)} claim, ${words(claim.state)}`}
        tabIndex={focused ? -1 : undefined}
        aria-current={focused ? 'true' : undefined}
        onClick={(event) => pick(event, { type: 'claim', id: claim.id })}
      >
        {piece}
      </mark>
    );
  }
  const suggestion = layers.suggestions.find(covers);
  if (suggestion) {
    const focused = isFocused(focus, 'suggestion', suggestion.id);
    piece = (
      <span
        className={`ghost ghost-${suggestion.kind.toLowerCase()}${focused ? ' focused' : ''}`}
        data-suggestion={suggestion.id}
        title={`Suggested: ${suggestion.reason}`}
        tabIndex={focused ? -1 : undefined}
        aria-current={focused ? 'true' : undefined}
        onClick={(event) => pick(event, { type: 'suggestion', id: suggestion.id })}
      >
        {piece}
      </span>
    );
  }
  return <Fragment>{piece}</Fragment>;
}
