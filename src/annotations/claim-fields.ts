import { bucketFor, findHedges } from '../domain/confidence-table';
import { deriveDueDate } from '../domain/horizon';
import { occurrencesOf } from '../domain/quote-finder';
import {
  CLAIM_RELATION_TYPES,
  type ClaimKind,
  type ClaimRelationKind,
  type AttributionWording,
  type ConfidenceBucket,
} from '../domain/vocabulary';
import type { ClaimState } from '../db/annotations/annotation-repository';
import type { ClaimAnnotation, PredictionAnnotation } from '../ingest/annotations/annotation-types';

/**
 * A claim as the workbench writes it: the fields of CreateClaimInput, with references still as
 * given (ids, keys or names). Updates overlay the fields they give on the claim's current ones.
 */
export interface ClaimFields {
  quote: string;
  occurrence: number;
  kind: ClaimKind;
  paraphrase: string | null;
  topics: string[];
  about: string[];
  speaker: string | null;
  attributedTo:
    (({ person: string } | { group: string }) & { wording?: AttributionWording }) | null;
  relations: { type: ClaimRelationKind; target: string }[];
  prediction: PredictionFields | null;
}

export interface PredictionFields {
  horizon: string | null;
  due: string | null;
  window: { from: string; to: string } | null;
  conditions: string[];
  resolutionCriteria: string | null;
  resolutionSource: string | null;
  unresolvable: string | null;
  /** Null: the derivation's explanation when the date is derived from the horizon. */
  windowReason: string | null;
  /** Null: the hedges found in the quote. */
  hedges: string[] | null;
  /** Null: what the hedge table gives. */
  bucket: ConfidenceBucket | null;
  override: string | null;
}

/** Fields given in an update: undefined leaves a field as it is, null clears it. */
export type FieldUpdate = {
  [K in keyof Omit<ClaimFields, 'prediction'>]?: ClaimFields[K] | null;
} & { prediction?: Partial<PredictionFields> | null };

const RELATION_KIND = Object.fromEntries(
  Object.entries(CLAIM_RELATION_TYPES).map(([kind, type]) => [type, kind]),
) as Record<string, ClaimRelationKind>;

/** The annotation-file form of a claim, resolved ids in place of what was typed. */
export function toAnnotation(
  id: string,
  turnLocalId: string,
  fields: ClaimFields,
  resolved: { about: string[]; speaker: string | null; attributedPerson: string | null },
  airDate: string,
): ClaimAnnotation {
  const annotation: ClaimAnnotation = {
    id,
    turn: turnLocalId,
    quote: fields.quote,
    kind: fields.kind,
    review: { state: 'draft' },
  };
  if (fields.occurrence > 1) annotation.occurrence = fields.occurrence;
  if (fields.paraphrase !== null) annotation.paraphrase = fields.paraphrase;
  if (fields.topics.length > 0) annotation.topics = fields.topics;
  if (resolved.about.length > 0) annotation.about = resolved.about;
  if (resolved.speaker !== null) annotation.speaker = resolved.speaker;
  if (fields.attributedTo !== null) {
    annotation.attributedTo =
      'group' in fields.attributedTo
        ? { group: fields.attributedTo.group }
        : { person: resolved.attributedPerson ?? fields.attributedTo.person };
    const wording = fields.attributedTo.wording;
    if (wording !== undefined) annotation.attributedTo.wording = wording;
  }
  if (fields.relations.length > 0) annotation.relations = fields.relations;
  if (fields.prediction !== null) {
    annotation.prediction = predictionAnnotation(fields.prediction, fields.quote, airDate);
  }
  return annotation;
}

/**
 * The prediction block: a due date or window derived from the horizon when none is given, the
 * hedges found in the quote when none are given, and the bucket the table gives when none is.
 * The validator then checks the result against the same table and the air date.
 */
function predictionAnnotation(
  fields: PredictionFields,
  quote: string,
  airDate: string,
): PredictionAnnotation {
  const hedges = fields.hedges ?? findHedges(quote).map((hedge) => hedge.text);
  const table = bucketFor(hedges);
  // Without a bucket, the table's; hedges the table lacks then fail its check unless overridden.
  const bucket = fields.bucket ?? (table.ok ? table.bucket : 'likely');
  const block: PredictionAnnotation = { confidence: { hedges, bucket } };
  if (fields.override !== null) block.confidence.override = fields.override;
  if (fields.horizon !== null) block.horizon = fields.horizon;
  if (fields.due !== null) block.due = fields.due;
  else if (fields.window !== null) block.window = fields.window;
  else if (fields.horizon !== null) {
    const derived = deriveDueDate(fields.horizon, airDate);
    if (derived.dueDate !== null) block.due = derived.dueDate;
    else if (derived.window !== null) block.window = derived.window;
    // The reasoning behind a derived date is written down, as rule 12 asks of a window.
    const dated = derived.dueDate !== null || derived.window !== null;
    if (dated && fields.windowReason === null) block.windowReason = derived.explanation;
  }
  if (fields.windowReason !== null) block.windowReason = fields.windowReason;
  if (fields.resolutionSource !== null) block.resolutionSource = fields.resolutionSource;
  if (fields.unresolvable !== null) block.unresolvable = fields.unresolvable;
  if (fields.conditions.length > 0) block.conditions = fields.conditions;
  if (fields.resolutionCriteria !== null) block.resolutionCriteria = fields.resolutionCriteria;
  return block;
}

/** A claim's current fields, read back from the graph, in the terms of the input. */
export function fieldsOf(state: ClaimState, turnText: string): ClaimFields {
  const { claim } = state;
  const found = occurrencesOf(turnText, claim.quote);
  return {
    quote: claim.quote,
    occurrence: Math.max(1, found.indexOf(claim.start) + 1),
    kind: claim.kind,
    paraphrase: claim.paraphrase,
    topics: claim.topics,
    about: state.about,
    speaker: claim.speakerId,
    attributedTo:
      claim.attributedToId !== null
        ? { person: claim.attributedToId, wording: claim.attributedWording ?? 'paraphrase' }
        : claim.attributedToGroup !== null
          ? { group: claim.attributedToGroup, wording: claim.attributedWording ?? 'paraphrase' }
          : null,
    relations: state.relations.map((relation) => ({
      type: RELATION_KIND[relation.type] ?? 'supports',
      target: relation.target,
    })),
    prediction: claim.isPrediction
      ? {
          horizon: claim.horizon,
          due: claim.dueDate,
          window:
            claim.windowStart !== null && claim.windowEnd !== null
              ? { from: claim.windowStart, to: claim.windowEnd }
              : null,
          conditions: claim.conditions,
          resolutionCriteria: claim.resolutionCriteria,
          resolutionSource: claim.resolutionSource,
          unresolvable: claim.unresolvableAsStated,
          windowReason: claim.windowReason,
          hedges: claim.hedges,
          bucket: claim.confidenceBucket,
          override: claim.confidenceOverride,
        }
      : null,
  };
}

/** The fields after an update: given ones replace, null clears, prediction merges field by field. */
export function applyUpdate(current: ClaimFields, update: FieldUpdate): ClaimFields {
  const next: ClaimFields = { ...current };
  if (update.quote != null) next.quote = update.quote;
  if (update.quote != null || update.occurrence != null) next.occurrence = update.occurrence ?? 1;
  if (update.kind != null) next.kind = update.kind;
  if (update.paraphrase !== undefined) next.paraphrase = update.paraphrase;
  if (update.topics !== undefined) next.topics = update.topics ?? [];
  if (update.about !== undefined) next.about = update.about ?? [];
  if (update.speaker !== undefined) next.speaker = update.speaker;
  if (update.attributedTo !== undefined) next.attributedTo = update.attributedTo;
  if (update.relations !== undefined) next.relations = update.relations ?? [];
  if (update.prediction === null) next.prediction = null;
  else if (update.prediction !== undefined) {
    const base = current.prediction ?? emptyPrediction();
    const given = update.prediction;
    const merged: PredictionFields = { ...base };
    for (const key of Object.keys(given) as (keyof PredictionFields)[]) {
      const value = given[key];
      if (value !== undefined) Object.assign(merged, { [key]: value });
    }
    // A new horizon without dates is read again; stale dates would contradict it.
    if (given.horizon !== undefined && given.due === undefined && given.window === undefined) {
      merged.due = null;
      merged.window = null;
    }
    merged.conditions = merged.conditions ?? [];
    next.prediction = merged;
  }
  return next;
}

export function emptyPrediction(): PredictionFields {
  return {
    horizon: null,
    due: null,
    window: null,
    conditions: [],
    resolutionCriteria: null,
    resolutionSource: null,
    unresolvable: null,
    windowReason: null,
    hedges: null,
    bucket: null,
    override: null,
  };
}

/** What changed between two versions of a claim, field by field (prediction fields flattened). */
export function fieldChanges(
  before: ClaimFields | null,
  after: ClaimFields,
): { field: string; before: unknown; after: unknown }[] {
  const flat = (fields: ClaimFields | null): Record<string, unknown> => {
    if (fields === null) return {};
    const { prediction, ...rest } = fields;
    const out: Record<string, unknown> = { ...rest };
    if (prediction !== null) {
      for (const [key, value] of Object.entries(prediction)) out[`prediction.${key}`] = value;
    }
    return out;
  };
  const a = flat(before);
  const b = flat(after);
  const changes: { field: string; before: unknown; after: unknown }[] = [];
  for (const field of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
    const x = normalise(a[field]);
    const y = normalise(b[field]);
    if (JSON.stringify(x) !== JSON.stringify(y)) changes.push({ field, before: x, after: y });
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value) && value.length === 0) return null;
  return value;
}
