import { Link } from 'react-router-dom';

import { KindBadge, PersonLink, StatusBadge } from '../../components/Bits';
import { HearIt } from '../../components/Media';
import type { Claim } from './episode-data';

/** The claims of the highlight last clicked, beside the transcript. */
export function ClaimPanel({
  shown,
  claimById,
  mediaUrl,
  startOf,
}: {
  shown: string[];
  claimById: Map<string, Claim>;
  mediaUrl: string | null;
  /** When each turn starts, in seconds (null when the transcript has no times). */
  startOf: Map<string, number | null | undefined>;
}) {
  return (
    <aside className="claim-panel" aria-label="Selected claim" aria-live="polite">
      {shown.length === 0 ? (
        <p className="muted">Click a highlighted quote to read its claim here.</p>
      ) : (
        shown.map((id) => {
          const claim = claimById.get(id);
          if (!claim)
            return (
              <p key={id} className="muted">
                Loading claim {id}…
              </p>
            );
          return (
            <ClaimCard
              key={id}
              claim={claim}
              mediaUrl={mediaUrl}
              start={startOf.get(claim.turn.id) ?? null}
            />
          );
        })
      )}
    </aside>
  );
}

function ClaimCard({
  claim,
  mediaUrl,
  start,
}: {
  claim: Claim;
  mediaUrl: string | null;
  start: number | null;
}) {
  return (
    <div className="claim-card" data-testid="claim-card" data-claim={claim.id}>
      <p>
        <KindBadge kind={claim.kind} /> <PersonLink person={claim.speaker} />
        {claim.prediction ? (
          <>
            {' '}
            <StatusBadge status={claim.prediction.status} />
          </>
        ) : null}
      </p>
      <blockquote>“{claim.quote}”</blockquote>
      <HearIt mediaUrl={mediaUrl} seconds={start} />
      {claim.paraphrase ? <p>{claim.paraphrase}</p> : null}
      {claim.topics.length > 0 ? <p className="muted">Topics: {claim.topics.join(', ')}</p> : null}
      {claim.prediction ? (
        <p>
          <Link to={`/predictions/${encodeURIComponent(claim.prediction.id)}`}>
            Open the prediction
          </Link>
        </p>
      ) : null}
    </div>
  );
}
