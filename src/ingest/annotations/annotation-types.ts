import type {
  AttributionWording,
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
  /** The form is not a name of the entity: it stays a mention and answers no lookup. */
  mentionOnly?: boolean;
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
  attributedTo?: ({ person: string } | { group: string }) & { wording?: AttributionWording };
  quote: string;
  paraphrase?: string;
  kind: ClaimKind;
  topics?: string[];
  about?: string[];
  relations?: { type: ClaimRelationKind; target: string }[];
  prediction?: PredictionAnnotation;
  /** A premise this claim states that conditions the predictions of the answer to it. */
  premise?: { text: string; governs: string[] };
}

/** A paraphrase is the speaker's rendering (even in quotation marks); a quotation is verbatim. */
export type { AttributionWording };

export interface PredictionAnnotation {
  horizon?: string;
  due?: string;
  window?: { from: string; to: string };
  /** Why the date was read from a horizon phrase that names none. */
  windowReason?: string;
  conditional?: boolean;
  conditions?: string[];
  /** `override`: why the bucket departs from the hedge table, when it does. */
  confidence: { hedges?: string[]; bucket: ConfidenceBucket; override?: string };
  /** What makes it CORRECT, PARTIALLY_CORRECT or INCORRECT: threshold and the date it is judged on. */
  resolutionCriteria?: string;
  /** Where the evidence that settles it will be found. */
  resolutionSource?: string;
  /** Why it cannot be judged as worded; given instead of resolutionCriteria. */
  unresolvable?: string;
  /** A forecast made before the episode and reported in it. */
  madeBeforeEpisode?: boolean;
  /** The episode itself settles it. */
  resolvedInEpisode?: EpisodeResolutionAnnotation;
}

export interface EpisodeResolutionAnnotation {
  turn: string;
  quote: string;
  status: 'correct' | 'partially-correct' | 'incorrect';
  explanation: string;
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
