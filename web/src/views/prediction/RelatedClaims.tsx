import { ClaimLine } from '../../components/ClaimList';
import { words } from '../../labels';
import type { PredictionData } from './prediction-data';

/** Read from the other claim: INCOMING "Supports it", OUTGOING "It supports". */
const RELATION_WORDS: Record<string, string> = {
  SUPPORTS: 'supports',
  CONTRADICTS: 'contradicts',
  REFINES: 'refines',
  ANSWERS: 'answers',
};

export function RelatedClaims({ relations }: { relations: PredictionData['claim']['relations'] }) {
  return (
    <section aria-labelledby="h-related">
      <h2 id="h-related">Claims that bear on it</h2>
      {relations.length === 0 ? (
        <p className="state empty">No annotated claim supports, contradicts or refines it.</p>
      ) : (
        <ul className="relations" data-testid="relations">
          {relations.map((r) => {
            const verb = RELATION_WORDS[r.type] ?? r.type.toLowerCase();
            return (
              <li key={`${r.type}-${r.direction}-${r.claim.id}`} data-type={r.type}>
                <span className="relation">
                  {r.direction === 'INCOMING' ? `${words(verb)} it:` : `It ${verb}:`}
                </span>{' '}
                <ClaimLine claim={r.claim} tagged />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
