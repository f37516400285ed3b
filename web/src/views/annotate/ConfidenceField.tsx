import { useQuery } from 'urql';

import { isEnumValue } from '../../enums';
import { graphql } from '../../gql';
import { ConfidenceBucket } from '../../gql/graphql';
import { words } from '../../labels';
import { hedgesOf, type PredictionState } from './claim-form-state';

const ReadConfidence = graphql(`
  query ReadConfidence($text: String!) {
    readConfidence(text: $text) {
      hedges {
        text
        hedgeClass
        bucket
      }
      bucket
      probability
      explanation
    }
  }
`);

/** Most to least confident, as the table reads. */
const BUCKETS = [
  ConfidenceBucket.AlmostCertain,
  ConfidenceBucket.Likely,
  ConfidenceBucket.TossUp,
  ConfidenceBucket.Unlikely,
  ConfidenceBucket.Remote,
];

/** The hedges found in the quote and the bucket the table gives; another bucket needs a reason. */
export function ConfidenceField({
  quote,
  value,
  edit,
}: {
  quote: string;
  value: PredictionState;
  edit: (change: Partial<PredictionState>) => void;
}) {
  // The table reads the hedge words given, or else the quote's own.
  const text = value.hedges === null ? quote : hedgesOf(value.hedges).join(', ');
  const [result] = useQuery({ query: ReadConfidence, variables: { text }, pause: text === '' });
  const reading = result.data?.readConfidence;
  const found =
    reading && value.hedges === null ? reading.hedges.map((h) => h.text).join(', ') : null;
  return (
    <div className="field">
      <p data-testid="confidence-reading">
        <strong>Confidence:</strong>{' '}
        {reading ? (
          <>
            {reading.hedges.length > 0
              ? reading.hedges.map((h) => `“${h.text}” (${h.hedgeClass})`).join(', ')
              : 'no hedge words'}{' '}
            → <strong>{words(reading.bucket)}</strong> ({reading.probability}).{' '}
            {reading.explanation}
          </>
        ) : result.error ? (
          `Could not read the hedges: ${result.error.message}`
        ) : (
          'Reading the hedges…'
        )}
      </p>
      <label htmlFor="cf-hedges">Hedges that govern the predicted part (comma-separated)</label>
      <input
        id="cf-hedges"
        value={value.hedges ?? found ?? ''}
        placeholder="none"
        onChange={(e) => edit({ hedges: e.target.value })}
      />
      <label htmlFor="cf-bucket">Bucket</label>{' '}
      <select
        id="cf-bucket"
        value={value.bucket}
        onChange={(e) => {
          const next = e.target.value;
          edit({ bucket: isEnumValue(ConfidenceBucket, next) ? next : '' });
        }}
      >
        <option value="">
          As the hedge table gives{reading ? ` (${words(reading.bucket)})` : ''}
        </option>
        {BUCKETS.map((b) => (
          <option key={b} value={b}>
            {words(b)} (override)
          </option>
        ))}
      </select>
      {value.bucket !== '' ? (
        <>
          <label htmlFor="cf-override">Why it departs from the table (required)</label>
          <textarea
            id="cf-override"
            rows={2}
            required
            value={value.override}
            onChange={(e) => edit({ override: e.target.value })}
          />
        </>
      ) : null}
    </div>
  );
}
