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
  speaker?: string;
  quote: string;
  paraphrase?: string;
  kind: ClaimKind;
  topics?: string[];
  about?: string[];
  relations?: { type: ClaimRelationKind; target: string }[];
  prediction?: PredictionAnnotation;
}

export interface PredictionAnnotation {
  horizon?: string;
  due?: string;
  window?: { from: string; to: string };
  conditional?: boolean;
  conditions?: string[];
  confidence: { hedges?: string[]; bucket: ConfidenceBucket };
}

export interface NoteLinkAnnotation {
  note: number;
  explains: string[];
}

export interface DiscrepancyAnnotation {
  id: string;
  turn?: string;
  note?: number;
  text: string;
  correct: string;
  entity?: string;
  kind: DiscrepancyKind;
  explanation: string;
}
