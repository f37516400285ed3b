import { useQuery } from 'urql';

import { graphql } from '../../gql';
import type { PredictionState } from './claim-form-state';
import { ClaimSearch } from './ClaimSearch';
import { ConfidenceField } from './ConfidenceField';
import { CriteriaField } from './CriteriaField';
import { useDebounced } from './use-debounced';

const DeriveDueDate = graphql(`
  query DeriveDueDate($horizon: String!, $episode: ID!) {
    deriveDueDate(horizon: $horizon, episode: $episode) {
      dueDate
      window {
        from
        to
      }
      dated
      rule
      explanation
    }
  }
`);

/** The horizon as spoken, and the date the server derives from it and the air date. */
function Horizon({
  value,
  set,
  episodeId,
}: {
  value: string;
  set: (horizon: string) => void;
  episodeId: string;
}) {
  const horizon = useDebounced(value.trim(), 250);
  const [result] = useQuery({
    query: DeriveDueDate,
    variables: { horizon, episode: episodeId },
    pause: horizon === '',
  });
  const derived = horizon === '' ? null : result.data?.deriveDueDate;
  return (
    <div className="field">
      <label htmlFor="cf-horizon">Horizon, as spoken (leave empty when none was said)</label>
      <input
        id="cf-horizon"
        value={value}
        onChange={(e) => set(e.target.value)}
        placeholder="by the end of the year"
      />
      <p className="derived" data-testid="due-date" aria-live="polite">
        {derived ? (
          <>
            <strong>
              {derived.dueDate
                ? `Due ${derived.dueDate}`
                : derived.window
                  ? `Due between ${derived.window.from} and ${derived.window.to}`
                  : 'No due date'}
            </strong>{' '}
            ({derived.rule}): {derived.explanation}
          </>
        ) : horizon === '' ? (
          'No horizon: undated.'
        ) : result.error ? (
          `Could not derive a date: ${result.error.message}`
        ) : (
          'Deriving the date…'
        )}
      </p>
    </div>
  );
}

/** The prediction part of the claim form. */
export function PredictionFields({
  value,
  edit,
  quote,
  episodeId,
}: {
  value: PredictionState;
  edit: (change: Partial<PredictionState>) => void;
  quote: string;
  episodeId: string;
}) {
  return (
    <fieldset className="prediction-fields" data-testid="prediction-fields">
      <legend>Prediction</legend>
      <Horizon value={value.horizon} set={(horizon) => edit({ horizon })} episodeId={episodeId} />
      <ConfidenceField quote={quote} value={value} edit={edit} />
      <div className="field">
        <label>
          <input
            type="checkbox"
            checked={value.conditional}
            onChange={(e) => edit({ conditional: e.target.checked })}
          />{' '}
          Conditional: it holds only if something else happens
        </label>
      </div>
      {value.conditional ? (
        <div className="field">
          <label htmlFor="cf-conditions">Conditions, as spoken (one per line)</label>
          <textarea
            id="cf-conditions"
            rows={2}
            value={value.conditions}
            onChange={(e) => edit({ conditions: e.target.value })}
          />
          <ClaimSearch
            id="cf-premise"
            label="Premise from an earlier claim (its words become the condition)"
            episodeId={episodeId}
            onPick={(claim) =>
              edit({
                conditions: [value.conditions.trim(), claim.quote]
                  .filter((l) => l !== '')
                  .join('\n'),
              })
            }
          />
        </div>
      ) : null}
      <CriteriaField value={value.criteria} set={(criteria) => edit({ criteria })} />
      <div className="field">
        <label htmlFor="cf-source">Where the evidence will be found (required)</label>
        <input
          id="cf-source"
          required
          placeholder="a benchmark, a survey, a public report"
          value={value.source}
          onChange={(e) => edit({ source: e.target.value })}
        />
      </div>
    </fieldset>
  );
}
