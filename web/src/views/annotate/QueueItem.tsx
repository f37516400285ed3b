import { Link } from 'react-router-dom';

import { Due } from '../../components/Bits';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { words } from '../../labels';
import { ResolveForm } from './ResolveForm';

const QueueItemFragment = graphql(`
  fragment QueueItem on Prediction {
    id
    key
    quote
    paraphrase
    horizon
    dueDate
    window {
      from
      to
    }
    deadline
    conditional
    conditions
    resolutionCriteria
    confidence {
      bucket
    }
    speaker {
      id
      name
    }
    episode {
      id
      title
      airDate
    }
  }
`);

/** One overdue prediction: what was said, by whom, when it was due, how to judge it. */
export function QueueItem({
  prediction,
  canResolve,
  onResolved,
}: {
  prediction: FragmentType<typeof QueueItemFragment>;
  canResolve: boolean;
  onResolved: () => void;
}) {
  const p = useFragment(QueueItemFragment, prediction);
  return (
    <li className="queue-item" data-testid="queue-item" data-id={p.id}>
      <h2>
        <Link to={`/predictions/${encodeURIComponent(p.id)}`}>
          {p.speaker.name}: “{p.quote}”
        </Link>
      </h2>
      {p.paraphrase ? <p data-testid="queue-paraphrase">{p.paraphrase}</p> : null}
      <p className="muted">
        Said {p.horizon ? `“${p.horizon}” ` : ''}on {p.episode.airDate} in {p.episode.title}; due{' '}
        <Due dueDate={p.dueDate} window={p.window} /> ({words(p.confidence.bucket)})
        {p.conditional ? `; only if ${p.conditions.join('; ')}` : ''}.
      </p>
      <p data-testid="queue-criteria">
        <strong>How to judge it:</strong> {p.resolutionCriteria ?? 'no criteria recorded'}
      </p>
      {canResolve ? (
        <ResolveForm id={p.id} onResolved={onResolved} />
      ) : (
        <p className="muted">Sign in with an editor token to resolve it.</p>
      )}
    </li>
  );
}
