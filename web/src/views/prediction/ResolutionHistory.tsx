import { StatusBadge } from '../../components/Bits';
import { words } from '../../labels';
import type { PredictionData } from './prediction-data';

/** Every resolution and reopening, oldest first, as the service recorded them. */
export function ResolutionHistory({ resolutions }: { resolutions: PredictionData['resolutions'] }) {
  return (
    <section aria-labelledby="h-history">
      <h2 id="h-history">Resolution history</h2>
      {resolutions.length === 0 ? (
        <p className="state empty">Nobody has resolved it yet; it is open.</p>
      ) : (
        <ol className="history" data-testid="history">
          {resolutions.map((r) => (
            <li key={r.id}>
              <strong>{r.action === 'RESOLVE' ? 'Resolved' : 'Reopened'}</strong>:{' '}
              {words(r.previousStatus)} → <StatusBadge status={r.status} /> by {r.recordedBy},{' '}
              <time dateTime={r.recordedAt}>{r.recordedAt.slice(0, 16).replace('T', ' ')} UTC</time>
              {r.resolvedAt ? `, known on ${r.resolvedAt}` : ''}
              {r.evidenceUrl ? (
                <>
                  {' '}
                  —{' '}
                  {/^https?:\/\//i.test(r.evidenceUrl) ? (
                    <a href={r.evidenceUrl} rel="noreferrer noopener">
                      evidence
                    </a>
                  ) : (
                    // The API takes http(s) evidence only; anything else (an old or restored
                    // record) is shown as text, never followed as a javascript: or data: link.
                    <span className="muted">evidence: {r.evidenceUrl}</span>
                  )}
                </>
              ) : null}
              {r.note ? <p className="note">{r.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
