/**
 * Which claims a read may see (decision 1 of the review work). Public reads see exactly the
 * accepted claims, labelled `:Claim` (and `:Prediction`); drafts, rejected and retracted claims
 * carry `:ClaimDraft` (and `:PredictionDraft`) instead. Editors and reviewers may ask for drafts
 * too. Every statement that reaches a claim names one of these label expressions, so a pattern
 * without a label can never leak a draft; they are fixed text, never input.
 */
export type Visibility = 'public' | 'withDrafts';

export const CLAIM_LABELS = {
  public: 'Claim',
  withDrafts: 'Claim|ClaimDraft',
} as const satisfies Record<Visibility, string>;

export const PREDICTION_LABELS = {
  public: 'Prediction',
  withDrafts: 'Prediction|PredictionDraft',
} as const satisfies Record<Visibility, string>;

export type ClaimLabel = (typeof CLAIM_LABELS)[Visibility];
export type PredictionLabel = (typeof PREDICTION_LABELS)[Visibility];

/** The label expression of claims (or predictions only) for `visibility`. */
export function claimLabel(visibility: Visibility, predictionsOnly = false): string {
  return predictionsOnly ? PREDICTION_LABELS[visibility] : CLAIM_LABELS[visibility];
}
