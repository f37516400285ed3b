import { PersonLink } from '../../components/Bits';
import type { PredictionData } from './prediction-data';

/** Shown only when someone else's view is reported, the speaker label is in doubt, or others back it. */
export function WhoseForecast({ p }: { p: PredictionData }) {
  if (!p.attributedTo && !p.attributionDoubt && p.endorsedBy.length === 0) return null;
  return (
    <section aria-labelledby="h-voices">
      <h2 id="h-voices">Whose forecast</h2>
      {p.attributedTo ? (
        <p data-testid="attributed-to">
          Reported view of{' '}
          {p.attributedTo.person ? (
            <PersonLink person={p.attributedTo.person} />
          ) : (
            (p.attributedTo.group ?? 'others')
          )}
          , not the speaker&apos;s own: it does not count in the speaker&apos;s track record.
        </p>
      ) : null}
      {p.attributionDoubt ? (
        <p className="warning" role="note" data-testid="attribution-doubt">
          The transcript&apos;s speaker label here is in doubt: {p.attributionDoubt.explanation}
        </p>
      ) : null}
      {p.endorsedBy.length > 0 ? (
        <ul data-testid="endorsed-by">
          {p.endorsedBy.map((e) => (
            <li key={`${e.person.id}-${e.quote}`}>
              Backed by <PersonLink person={e.person} />: “{e.quote}”
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
