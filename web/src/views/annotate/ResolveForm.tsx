import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';

import { isEnumValue } from '../../enums';
import { graphql } from '../../gql';
import { PredictionStatus } from '../../gql/graphql';
import { words } from '../../labels';
import { refusal } from './api-errors';

const QueueResolve = graphql(`
  mutation QueueResolve(
    $id: ID!
    $status: PredictionStatus!
    $evidence: EvidenceInput!
    $resolvedAt: Date
  ) {
    resolvePrediction(id: $id, status: $status, evidence: $evidence, resolvedAt: $resolvedAt) {
      id
      status
    }
  }
`);

const OUTCOMES = Object.values(PredictionStatus).filter((s) => s !== PredictionStatus.Open);

/** The outcome, with evidence (a source and what it shows) and the date it was known. */
export function ResolveForm({ id, onResolved }: { id: string; onResolved: () => void }) {
  const field = useId();
  const [outcome, setOutcome] = useState<PredictionStatus>(PredictionStatus.Correct);
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');
  const [date, setDate] = useState('');
  const [state, resolve] = useMutation(QueueResolve);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await resolve({
      id,
      status: outcome,
      evidence: { url: url.trim(), ...(note.trim() ? { note: note.trim() } : {}) },
      ...(date ? { resolvedAt: date } : {}),
    });
    if (!result.error) onResolved();
  };
  return (
    <form className="resolve-form" onSubmit={(e) => void submit(e)} aria-label="Resolve it">
      <label htmlFor={`${field}-outcome`}>Outcome</label>{' '}
      <select
        id={`${field}-outcome`}
        value={outcome}
        onChange={(e) =>
          isEnumValue(PredictionStatus, e.target.value) && setOutcome(e.target.value)
        }
      >
        {OUTCOMES.map((s) => (
          <option key={s} value={s}>
            {words(s)}
          </option>
        ))}
      </select>{' '}
      <label htmlFor={`${field}-url`}>Evidence URL</label>{' '}
      <input
        id={`${field}-url`}
        type="url"
        required
        placeholder="https://…"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
      />{' '}
      <label htmlFor={`${field}-date`}>Known on</label>{' '}
      <input
        id={`${field}-date`}
        type="date"
        value={date}
        onChange={(e) => setDate(e.target.value)}
      />
      <label htmlFor={`${field}-note`}>What the evidence shows (optional)</label>
      <textarea
        id={`${field}-note`}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="submit" disabled={state.fetching}>
        Record resolution
      </button>
      {state.error ? (
        <p className="state error" role="alert">
          The API refused: {refusal(state.error)}
        </p>
      ) : null}
    </form>
  );
}
