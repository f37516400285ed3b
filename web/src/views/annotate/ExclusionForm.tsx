import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';

import { graphql } from '../../gql';
import { refusal } from './api-errors';
import { FormErrors } from './ClaimForm';
import type { TurnSelection } from './selection';

const CreateExclusion = graphql(`
  mutation CreateExclusion($input: CreateExclusionInput!) {
    createExclusion(input: $input) {
      id
    }
  }
`);

const REASONS = [
  'A past trend.',
  'A hypothetical.',
  'A scenario named for planning.',
  'A recommendation, not a forecast.',
  'Generic advice.',
];

/** A forward-looking statement left out of the predictions, with the reason. */
export function ExclusionForm({
  selection,
  onCancel,
  onDone,
}: {
  selection: TurnSelection;
  onCancel: () => void;
  onDone: (turnId: string, message: string) => void;
}) {
  const [reason, setReason] = useState('');
  const [state, exclude] = useMutation(CreateExclusion);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return;
    const result = await exclude({
      input: {
        turn: selection.turnId,
        quote: selection.quote,
        occurrence: selection.occurrence,
        reason: reason.trim(),
      },
    });
    if (result.data) onDone(selection.turnId, `Excluded “${selection.quote}”: ${reason.trim()}`);
  };
  return (
    <form
      className="exclusion-form"
      data-panel-form
      onSubmit={(e) => void submit(e)}
      aria-labelledby="h-exclusion-form"
    >
      <h2 id="h-exclusion-form">Not a prediction</h2>
      <blockquote data-testid="form-quote">“{selection.quote}”</blockquote>
      <div className="field">
        <label htmlFor="xf-reason">Why it is not a prediction (required)</label>
        <input
          id="xf-reason"
          list="xf-reasons"
          required
          autoFocus
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <datalist id="xf-reasons">
          {REASONS.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
      </div>
      <FormErrors problems={[]} error={state.error ? refusal(state.error) : null} />
      <p className="wb-actions">
        <button type="submit" disabled={state.fetching || reason.trim() === ''}>
          Exclude <kbd>Ctrl+Enter</kbd>
        </button>{' '}
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </p>
    </form>
  );
}
