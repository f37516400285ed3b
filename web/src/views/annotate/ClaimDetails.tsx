import { useEffect, useState } from 'react';
import { useQuery } from 'urql';

import { KindBadge } from '../../components/Bits';
import { words } from '../../labels';
import { refusal } from './api-errors';
import { authorsOf, WorkbenchClaim, type ClaimData } from './claim-query';
import { History } from './History';
import type { ClaimCommand } from './panel';
import { ClaimActions } from './ClaimActions';
import type { ViewerData } from './use-viewer';

function stateOf(claim: ClaimData): string {
  return claim.retraction ? 'RETRACTED' : claim.review.state;
}

/** What the claim says and is about, as the panel shows it. */
function Facts({ claim }: { claim: ClaimData }) {
  const p = claim.prediction;
  return (
    <>
      <p>
        <KindBadge kind={claim.kind} />{' '}
        <span className={`badge review-${stateOf(claim).toLowerCase()}`} data-testid="review-state">
          {words(stateOf(claim))}
        </span>{' '}
        {claim.speaker.name}, turn {claim.turn.position}{' '}
        <span className="muted">({claim.key})</span>
      </p>
      <blockquote>“{claim.quote}”</blockquote>
      {claim.paraphrase ? <p data-testid="paraphrase">{claim.paraphrase}</p> : null}
      {claim.topics.length > 0 ? <p className="muted">Topics: {claim.topics.join(', ')}</p> : null}
      {claim.about.length > 0 ? <p>About: {claim.about.map((e) => e.name).join(', ')}</p> : null}
      {claim.attributedTo ? (
        <p>Reports the view of {claim.attributedTo.person?.name ?? claim.attributedTo.group}.</p>
      ) : null}
      {claim.relations.map((r) => (
        <p key={`${r.type}-${r.claim.id}-${r.direction}`} className="muted">
          {r.direction === 'OUTGOING' ? words(r.type) : `${words(r.type)} (by)`}: “{r.claim.quote}”
        </p>
      ))}
      {p ? (
        <div className="prediction-facts">
          <p>
            Horizon: {p.horizon ?? 'none said'}; due{' '}
            {p.dueDate ?? (p.window ? `${p.window.from} to ${p.window.to}` : 'undated')}; confidence{' '}
            {words(p.confidence.bucket)} ({p.confidence.hedges.join(', ') || 'no hedges'})
            {p.confidence.override ? `, overridden: ${p.confidence.override}` : ''}
            {p.conditional ? `; if ${p.conditions.join('; ')}` : ''}.
          </p>
          <p>Criteria: {p.resolutionCriteria}</p>
        </div>
      ) : null}
      {claim.review.by ? (
        <p className="muted">
          {words(claim.review.state)} by {claim.review.by}
          {claim.review.note ? `: ${claim.review.note}` : ''}
        </p>
      ) : null}
      {claim.retraction ? (
        <p className="muted">
          Retracted by {claim.retraction.by}: {claim.retraction.reason}
        </p>
      ) : null}
    </>
  );
}

/** The focused claim: its facts, what the person may do with it, and its history. */
export function ClaimDetails({
  id,
  viewer,
  command,
  onEdit,
  onChanged,
}: {
  id: string;
  viewer: ViewerData | null;
  command: ClaimCommand | null;
  onEdit: () => void;
  onChanged: (turnId: string, message: string) => void;
}) {
  const [result, reexecute] = useQuery({ query: WorkbenchClaim, variables: { id } });
  const [asked, setAsked] = useState<ClaimCommand | null>(null);
  useEffect(() => {
    if (command && command.claimId === id) setAsked(command);
  }, [command, id]);
  const claim = result.data?.claim;
  if (!claim) {
    return (
      <p className="state loading">{result.error ? refusal(result.error) : 'Loading the claim…'}</p>
    );
  }
  return (
    <section
      className="claim-details"
      aria-labelledby="h-claim-details"
      data-testid="claim-details"
      data-claim={claim.id}
    >
      <h2 id="h-claim-details">Claim</h2>
      <Facts claim={claim} />
      <ClaimActions
        claim={claim}
        state={stateOf(claim)}
        viewer={viewer}
        own={viewer?.name ? authorsOf(claim).has(viewer.name) : false}
        asked={asked}
        onEdit={onEdit}
        onChanged={(message) => {
          reexecute({ requestPolicy: 'network-only' });
          onChanged(claim.turn.id, message);
        }}
      />
      <History revisions={claim.history} />
    </section>
  );
}
