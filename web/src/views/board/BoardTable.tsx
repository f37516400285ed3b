import { Link } from 'react-router-dom';

import { Due, PersonLink, StatusBadge } from '../../components/Bits';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { words } from '../../labels';

/** What one row of the board shows of a prediction. */
export const BoardRowFragment = graphql(`
  fragment BoardRow on Prediction {
    id
    quote
    horizon
    dueDate
    window {
      from
      to
    }
    conditional
    conditions
    confidence {
      hedges
      bucket
    }
    status
    speaker {
      id
      name
    }
  }
`);

const COLUMNS = ['Speaker', 'Prediction', 'Horizon', 'Due', 'Conditions', 'Confidence', 'Status'];

export function BoardTable({
  rows,
}: {
  rows: readonly { node: { id: string } & FragmentType<typeof BoardRowFragment> }[];
}) {
  return (
    <table className="board" data-testid="board">
      <caption className="visually-hidden">Predictions matching the filters</caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ node }) => (
          <BoardRow key={node.id} prediction={node} />
        ))}
      </tbody>
    </table>
  );
}

function BoardRow({ prediction }: { prediction: FragmentType<typeof BoardRowFragment> }) {
  const p = useFragment(BoardRowFragment, prediction);
  return (
    <tr data-id={p.id}>
      <td data-label="Speaker">
        <PersonLink person={p.speaker} />
      </td>
      <td data-label="Prediction">
        <Link to={`/predictions/${encodeURIComponent(p.id)}`} className="quote">
          “{p.quote}”
        </Link>
      </td>
      <td data-label="Horizon">{p.horizon ?? <span className="muted">none said</span>}</td>
      <td data-label="Due">
        <Due dueDate={p.dueDate} window={p.window} />
      </td>
      <td data-label="Conditions">
        {p.conditional ? p.conditions.join('; ') : <span className="muted">none</span>}
      </td>
      <td data-label="Confidence">
        {words(p.confidence.bucket)}
        {p.confidence.hedges.length > 0 ? (
          <span className="muted"> ({p.confidence.hedges.join(', ')})</span>
        ) : null}
      </td>
      <td data-label="Status">
        <StatusBadge status={p.status} />
      </td>
    </tr>
  );
}
