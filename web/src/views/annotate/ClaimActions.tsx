import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';

import { graphql } from '../../gql';
import { refusal } from './api-errors';
import type { ClaimData } from './claim-query';
import type { ClaimCommand } from './panel';
import type { ViewerData } from './use-viewer';

const ReviewClaim = graphql(`
  mutation ReviewClaim($id: ID!, $verdict: ReviewVerdict!, $note: String) {
    reviewClaim(id: $id, verdict: $verdict, note: $note) {
      id
      review {
        state
      }
    }
  }
`);

const RetractClaim = graphql(`
  mutation RetractClaim($id: ID!, $reason: String!) {
    retractClaim(id: $id, reason: $reason) {
      id
    }
  }
`);

type Open = 'reject' | 'retract' | null;

/** The note of a rejection (optional) or the reason of a retraction (required). */
function ReasonForm({
  open,
  onSubmit,
  onCancel,
}: {
  open: 'reject' | 'retract';
  onSubmit: (text: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(text.trim());
  };
  return (
    <form data-panel-form onSubmit={submit}>
      <label htmlFor="ca-text">
        {open === 'reject'
          ? 'Why reject it (optional, kept with the review)'
          : 'Why retract it (required)'}
      </label>
      <input
        id="ca-text"
        autoFocus
        required={open === 'retract'}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />{' '}
      <button type="submit">{open === 'reject' ? 'Reject' : 'Retract'}</button>{' '}
      <button type="button" className="quiet" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

/** Why this person may not review this claim, or null when they may. */
function reviewBar(viewer: ViewerData | null, own: boolean, state: string): string | null {
  if (state !== 'DRAFT') return null;
  if (!viewer?.canReview) return 'A reviewer (not you) accepts or rejects it.';
  if (own) return 'You wrote or edited it: another reviewer accepts or rejects it.';
  return null;
}

/** Accept, reject (with a note), edit or retract (with a reason), as the token allows. */
export function ClaimActions({
  claim,
  state,
  viewer,
  own,
  asked,
  onEdit,
  onChanged,
}: {
  claim: ClaimData;
  state: string;
  viewer: ViewerData | null;
  own: boolean;
  asked: ClaimCommand | null;
  onEdit: () => void;
  onChanged: (message: string) => void;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [reviewed, review] = useMutation(ReviewClaim);
  const [retracted, retract] = useMutation(RetractClaim);
  const bar = reviewBar(viewer, own, state);
  const mayReview = state === 'DRAFT' && bar === null;
  const mayRetract = viewer?.canAnnotate === true && state !== 'RETRACTED';
  const accept = async () => {
    const result = await review({ id: claim.id, verdict: 'ACCEPT' });
    if (!result.error) onChanged(`Accepted ${claim.key}: it is public now.`);
  };
  useEffect(() => {
    if (!asked) return;
    if (asked.action === 'accept' && mayReview) void accept();
    if (asked.action === 'reject' && mayReview) setOpen('reject');
    if (asked.action === 'retract' && mayRetract) setOpen('retract');
    // One command, acted on once: its nonce changes with every key press.
  }, [asked?.nonce]);
  const submit = async (text: string) => {
    if (open === 'reject') {
      const result = await review({
        id: claim.id,
        verdict: 'REJECT',
        ...(text ? { note: text } : {}),
      });
      if (!result.error) onChanged(`Rejected ${claim.key}.`);
    } else if (open === 'retract' && text) {
      const result = await retract({ id: claim.id, reason: text });
      if (!result.error) onChanged(`Retracted ${claim.key}; its history keeps it.`);
    }
    setOpen(null);
  };
  const error = reviewed.error ?? retracted.error;
  return (
    <div className="claim-actions" data-testid="claim-actions">
      {bar ? (
        <p className="muted" data-testid="review-bar">
          {bar}
        </p>
      ) : null}
      <p className="wb-actions">
        {mayReview ? (
          <>
            <button type="button" onClick={() => void accept()} disabled={reviewed.fetching}>
              Accept <kbd>a</kbd>
            </button>{' '}
            <button type="button" onClick={() => setOpen('reject')}>
              Reject <kbd>r</kbd>
            </button>{' '}
          </>
        ) : null}
        {viewer?.canAnnotate && state !== 'RETRACTED' ? (
          <>
            <button type="button" className="quiet" onClick={onEdit}>
              Edit <kbd>e</kbd>
            </button>{' '}
            <button type="button" className="quiet" onClick={() => setOpen('retract')}>
              Retract <kbd>Delete</kbd>
            </button>
          </>
        ) : null}
      </p>
      {open ? (
        <ReasonForm
          open={open}
          onSubmit={(text) => void submit(text)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {error ? (
        <p className="state error" role="alert">
          The API refused: {refusal(error)}
        </p>
      ) : null}
    </div>
  );
}
