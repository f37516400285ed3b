import { Link } from 'react-router-dom';

import { words } from '../labels';

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status-${status.toLowerCase()}`}>{words(status)}</span>;
}

export function KindBadge({ kind }: { kind: string }) {
  return <span className={`badge kind-${kind.toLowerCase()}`}>{words(kind)}</span>;
}

/** The due date, or the window, or a dash when undated. */
export function Due({
  dueDate,
  window,
}: {
  dueDate?: string | null;
  window?: { from: string; to: string } | null;
}) {
  if (dueDate) return <time dateTime={dueDate}>{dueDate}</time>;
  if (window) {
    return (
      <span>
        <time dateTime={window.from}>{window.from}</time> to{' '}
        <time dateTime={window.to}>{window.to}</time>
      </span>
    );
  }
  return <span className="muted">undated</span>;
}

export function PersonLink({ person }: { person: { id: string; name: string } }) {
  return <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link>;
}

export function EntityLink({ entity }: { entity: { id: string; name: string } }) {
  return <Link to={`/entities/${encodeURIComponent(entity.id)}`}>{entity.name}</Link>;
}

/** Where a claim is read: a prediction's own page, else its place in the episode reader. */
export function claimHref(claim: {
  id: string;
  episode: { id: string };
  prediction?: { id: string } | null;
}): string {
  if (claim.prediction) return `/predictions/${encodeURIComponent(claim.prediction.id)}`;
  return `/episodes/${encodeURIComponent(claim.episode.id)}?claim=${encodeURIComponent(claim.id)}`;
}
