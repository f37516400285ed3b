/**
 * Which claims a read may see (PLAN decision 1). Accepted claims carry `:Claim` (and
 * `:Prediction`); drafts, rejected and retracted claims carry `:ClaimDraft` (and
 * `:PredictionDraft`) instead, with the same relationships. Public Cypher names `:Claim` and
 * needs no filter; reads for editors with includeDrafts take the wider expression. These are
 * the only label expressions spliced into claim statements: a fixed list, never user input.
 */
export type Visibility = 'public' | 'drafts';

export const CLAIM_LABEL = { public: 'Claim', drafts: 'Claim|ClaimDraft' } as const;
export const PREDICTION_LABEL = {
  public: 'Prediction',
  drafts: 'Prediction|PredictionDraft',
} as const;

/** The labels a claim carries by state: accepted ones are public, the others are drafts. */
export const ACCEPTED_LABELS = { claim: 'Claim', prediction: 'Prediction' } as const;
export const DRAFT_LABELS = { claim: 'ClaimDraft', prediction: 'PredictionDraft' } as const;

export function claimLabel(visibility: Visibility): string {
  return CLAIM_LABEL[visibility];
}

export function predictionLabel(visibility: Visibility): string {
  return PREDICTION_LABEL[visibility];
}
