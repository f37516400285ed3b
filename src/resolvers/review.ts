import type {
  ClaimChangeResolvers,
  ConfidenceReadingResolvers,
  DueDateDerivationResolvers,
  ExclusionResolvers,
  FieldChangeResolvers,
  HedgeMatchResolvers,
  RetractionResolvers,
  ReviewResolvers,
  RevisionResolvers,
  SuggestionResolvers,
} from '../__generated__/resolvers-types';
import { CONFIDENCE_BUCKETS } from '../domain/vocabulary';
import { globalId } from './global-id';
import { present } from './support';

/** The review and history of a claim, and the workbench's helper answers. */

export const Review: ReviewResolvers = {
  state: (claim) => claim.reviewState,
  by: (claim) => claim.reviewedBy,
  at: (claim) => claim.reviewedAt,
  note: (claim) => claim.reviewNote,
};

export const Retraction: RetractionResolvers = {
  by: (claim) => claim.retractedBy ?? '',
  at: (claim) => claim.retractedAt ?? '',
  reason: (claim) => claim.retractionReason ?? '',
};

export const Revision: RevisionResolvers = {
  changes: (revision) => {
    const parsed: unknown = JSON.parse(revision.changes);
    return Array.isArray(parsed)
      ? (parsed as { field: string; before: unknown; after: unknown }[])
      : [];
  },
};

/** Values travel as JSON text: a field may hold a string, a list or a whole window. */
const json = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);

export const FieldChange: FieldChangeResolvers = {
  before: (change) => json(change.before),
  after: (change) => json(change.after),
};

export const Exclusion: ExclusionResolvers = {
  id: (item) => globalId('Exclusion', item.id),
  key: (item) => item.id,
  turn: async (item, _args, { loaders }) =>
    present(await loaders.turn.load(item.turnId), `turn ${item.turnId}`),
};

export const ClaimChange: ClaimChangeResolvers = {
  key: (change) => change.event.id,
  action: (change) => change.event.action,
  state: (change) => change.event.state,
  claim: (change) => change.claim,
};

export const DueDateDerivation: DueDateDerivationResolvers = {
  dated: (derivation) => derivation.dueDate !== null || derivation.window !== null,
};

export const ConfidenceReading: ConfidenceReadingResolvers = {
  probability: (reading) => CONFIDENCE_BUCKETS[reading.bucket],
};

export const HedgeMatch: HedgeMatchResolvers = {};

export const Suggestion: SuggestionResolvers = {
  entity: (suggestion, _args, { loaders }) =>
    suggestion.entityId === null ? null : loaders.entity.load(suggestion.entityId),
};
