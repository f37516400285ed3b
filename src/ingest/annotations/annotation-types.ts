import { BUCKET_PROBABILITY, type Bucket } from '../../domain/confidence-table';

/** The shape of one annotation file, as seed/annotation.schema.json describes it. */
export interface AnnotationFile {
  episode: string;
  entities?: EntityAnnotation[];
  entityRelations?: EntityRelationAnnotation[];
  claims?: ClaimAnnotation[];
  notes?: NoteLinkAnnotation[];
  discrepancies?: DiscrepancyAnnotation[];
  excluded?: ExclusionAnnotation[];
}

/** A forward-looking statement deliberately not annotated as a prediction, and why. */
export interface ExclusionAnnotation {
  turn: string;
  quote: string;
  reason: string;
}

export const ENTITY_TYPES = [
  'person',
  'organization',
  'work',
  'product',
  'program',
  'event',
  'hardware',
  'concept',
  'place',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntityAnnotation {
  id: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  description?: string;
  externalIds?: Record<string, string | number>;
  year?: number;
  mentions?: MentionAnnotation[];
}

export interface MentionAnnotation {
  turn: string;
  form: string;
  occurrence?: number;
}

export const ENTITY_RELATION_TYPES = [
  'affiliated_with',
  'authored_by',
  'invested_in',
  'member_of',
  'developed_by',
  'part_of',
  'instance_of',
  'related_to',
] as const;
export type EntityRelationType = (typeof ENTITY_RELATION_TYPES)[number];

export interface EntityRelationAnnotation {
  from: string;
  type: EntityRelationType;
  to: string;
  role?: string;
}

export const CLAIM_KINDS = [
  'assertion',
  'explanation',
  'opinion',
  'recommendation',
  'prediction',
  'question',
  'anecdote',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_RELATION_TYPES = [
  'supports',
  'contradicts',
  'refines',
  'answers',
  'endorses',
] as const;
export type ClaimRelationType = (typeof CLAIM_RELATION_TYPES)[number];

export interface ClaimAnnotation {
  id: string;
  turn: string;
  /** Who said the words in the episode; defaults to the turn's speaker. */
  speaker?: string;
  /** Whose view the words report, when not the speaker's own: a person, or an unnamed group. */
  attributedTo?: { person: string } | { group: string };
  quote: string;
  paraphrase?: string;
  kind: ClaimKind;
  topics?: string[];
  about?: string[];
  relations?: { type: ClaimRelationType; target: string }[];
  prediction?: PredictionAnnotation;
}

/** Probability that a prediction comes true, read from the words the speaker used. */
export const CONFIDENCE_BUCKETS = BUCKET_PROBABILITY;
export type ConfidenceBucket = Bucket;

export interface PredictionAnnotation {
  horizon?: string;
  due?: string;
  window?: { from: string; to: string };
  conditional?: boolean;
  conditions?: string[];
  /** What evidence would make it CORRECT, INCORRECT or PARTIALLY_CORRECT. */
  resolutionCriteria?: string;
  /** `override`: why the bucket departs from the hedge table, when it does. */
  confidence: { hedges?: string[]; bucket: ConfidenceBucket; override?: string };
}

export interface NoteLinkAnnotation {
  note: number;
  explains: string[];
}

export const DISCREPANCY_KINDS = [
  'mishearing',
  'misspelling',
  'garbled-name',
  'wrong-title',
  'wrong-expansion',
  'swapped-names',
  'factual',
  'attribution',
] as const;

export interface DiscrepancyAnnotation {
  id: string;
  turn?: string;
  /** Further turns it concerns (an attribution doubt spanning several turns). */
  turns?: string[];
  note?: number;
  text: string;
  correct: string;
  entity?: string;
  kind: (typeof DISCREPANCY_KINDS)[number];
  explanation: string;
}
