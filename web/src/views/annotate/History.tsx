import { words } from '../../labels';
import type { ClaimData } from './claim-query';

/** Every revision of a claim, oldest first: who, when, what changed. */
export function History({ revisions }: { revisions: ClaimData['history'] }) {
  return (
    <details className="history" open={revisions.length > 0} data-testid="history">
      <summary>History ({revisions.length})</summary>
      {revisions.length === 0 ? (
        <p className="muted">Imported from the corpus files: no revisions recorded here.</p>
      ) : (
        <ol>
          {revisions.map((r, index) => (
            <li key={`${r.at}-${index}`}>
              <strong>{words(r.action)}</strong> by {r.by},{' '}
              <time dateTime={r.at}>{r.at.slice(0, 16).replace('T', ' ')}</time>
              {r.note ? `: ${r.note}` : ''}
              {r.changes.length > 0 ? (
                <ul>
                  {r.changes.map((c) => (
                    <li key={c.field}>
                      {c.field}: {c.before ?? '(unset)'} → {c.after ?? '(cleared)'}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
