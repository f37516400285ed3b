import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** A claim, mention or discrepancy standing in a turn's text, by offsets. */
export interface Span {
  start: number;
  end: number;
}
export interface ClaimSpan extends Span {
  id: string;
  kind: string;
}
export interface MentionSpan extends Span {
  entityId: string;
  entityName: string;
}
export interface DiscrepancySpan extends Span {
  id: string;
  correct: string;
}

/**
 * A turn's text with claim quotes in <mark> (coloured by kind), entity mentions as links and
 * discrepancies underlined. Overlaps are cut into pieces at every boundary; each piece is marked
 * for the innermost claim covering it and names every covering claim, so a click shows them all.
 */
export function MarkedText({
  text,
  claims = [],
  mentions = [],
  discrepancies = [],
  active,
  onClaim,
}: {
  text: string;
  claims?: ClaimSpan[];
  mentions?: MentionSpan[];
  discrepancies?: DiscrepancySpan[];
  active?: string | null;
  onClaim?: (ids: string[]) => void;
}) {
  const cuts = new Set<number>([0, text.length]);
  for (const span of [...claims, ...mentions, ...discrepancies]) {
    cuts.add(clamp(span.start, text.length));
    cuts.add(clamp(span.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    if (to <= from) continue;
    const covers = (span: Span) => span.start <= from && span.end >= to;
    let piece: ReactNode = text.slice(from, to);
    const mention = mentions.find(covers);
    if (mention) {
      piece = (
        <Link to={`/entities/${encodeURIComponent(mention.entityId)}`} title={mention.entityName}>
          {piece}
        </Link>
      );
    }
    const discrepancy = discrepancies.find(covers);
    if (discrepancy) {
      piece = (
        <span className="discrepancy" title={`Should read: ${discrepancy.correct}`}>
          {piece}
        </span>
      );
    }
    const covering = claims.filter(covers).sort((a, b) => a.end - a.start - (b.end - b.start));
    const inner = covering[0];
    if (inner) {
      const ids = covering.map((c) => c.id);
      piece = (
        <mark
          className={`kind-${inner.kind.toLowerCase()}${ids.includes(active ?? '') ? ' active' : ''}`}
          data-claims={ids.join(' ')}
          onClick={onClaim ? () => onClaim(ids) : undefined}
        >
          {piece}
        </mark>
      );
    }
    pieces.push(<Fragment key={from}>{piece}</Fragment>);
  }
  // white-space: pre-wrap keeps the transcript's blank-line paragraphs without cutting marks.
  return <span className="turn-text">{pieces}</span>;
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(value, max));
}

/** The API's search snippet (HTML-escaped, terms in <mark>) as React nodes, no innerHTML. */
export function Snippet({ html }: { html: string }) {
  const parts = html.split(/(<mark>|<\/mark>)/);
  const nodes: ReactNode[] = [];
  let inMark = false;
  parts.forEach((part, index) => {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part !== '') {
      const text = unescape(part);
      nodes.push(
        inMark ? <mark key={index}>{text}</mark> : <Fragment key={index}>{text}</Fragment>,
      );
    }
  });
  return <>{nodes}</>;
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}
