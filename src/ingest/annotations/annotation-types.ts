import type {
  ClaimKind,
  ClaimRelationKind,
  ConfidenceBucket,
  DiscrepancyKind,
  EntityRelationKind,
  EntityType,
} from '../../domain/vocabulary';

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
  /** Which occurrence of the quote in the turn (default 1). */
  occurrence?: number;
  reason: string;
}

/** Where a claim stands in review; absent means accepted. */
export interface ReviewAnnotation {
  state: 'draft' | 'accepted' | 'rejected';
  by?: string;
  at?: string;
  note?: string;
}

/** A claim withdrawn by an annotator. */
export interface RetractionAnnotation {
  by: string;
  at: string;
  reason: string;
}

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

export interface EntityRelationAnnotation {
  from: string;
  type: EntityRelationKind;
  to: string;
  role?: string;
}

export interface ClaimAnnotation {
  id: string;
  turn: string;
  /** Who said the words in the episode; defaults to the turn's speaker. */
  speaker?: string;
  /** Whose view the words report, when not the speaker's own: a person, or an unnamed group. */
  attributedTo?: { person: string } | { group: string };
  quote: string;
  /** Which occurrence of the quote in the turn (default 1). */
  occurrence?: number;
  paraphrase?: string;
  kind: ClaimKind;
  topics?: string[];
  about?: string[];
  relations?: { type: ClaimRelationKind; target: string }[];
  prediction?: PredictionAnnotation;
  /** Absent: accepted. */
  review?: ReviewAnnotation;
  retracted?: RetractionAnnotation;
}

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

export interface DiscrepancyAnnotation {
  id: string;
  turn?: string;
  /** Further turns it concerns (an attribution doubt spanning several turns). */
  turns?: string[];
  note?: number;
  text: string;
  correct: string;
  entity?: string;
  kind: DiscrepancyKind;
  explanation: string;
}
