import { Link } from 'react-router-dom';

import { graphql, useFragment, type FragmentType } from '../gql';
import { Due, StatusBadge } from './Bits';

/** What a prediction shows in any list of predictions. */
export const PredictionLineFragment = graphql(`
  fragment PredictionLine on Prediction {
    id
    quote
    dueDate
    window {
      from
      to
    }
    status
  }
`);

/** A page of predictions, as a view's query spreads it into a PredictionConnection. */
export const PredictionListFragment = graphql(`
  fragment PredictionList on PredictionConnection {
    edges {
      node {
        id
        ...PredictionLine
      }
    }
  }
`);

/** One prediction: its status, its quote linking to its page, and when it falls due. */
export function PredictionLine({
  prediction,
}: {
  prediction: FragmentType<typeof PredictionLineFragment>;
}) {
  const p = useFragment(PredictionLineFragment, prediction);
  return (
    <>
      <StatusBadge status={p.status} />{' '}
      <Link to={`/predictions/${encodeURIComponent(p.id)}`}>“{p.quote}”</Link>{' '}
      <span className="muted">
        due <Due dueDate={p.dueDate} window={p.window} />
      </span>
    </>
  );
}

export function PredictionList({
  predictions,
}: {
  predictions: FragmentType<typeof PredictionListFragment>;
}) {
  const { edges } = useFragment(PredictionListFragment, predictions);
  return (
    <ul className="list">
      {edges.map(({ node }) => (
        <li key={node.id}>
          <PredictionLine prediction={node} />
        </li>
      ))}
    </ul>
  );
}
