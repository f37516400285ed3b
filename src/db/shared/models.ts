import type {
  ClaimKind,
  ClaimRelationType,
  ConfidenceBucket,
  EntityRelationType,
  EntityType,
  PredictionStatus,
  SpeakerRole,
} from '../../domain/vocabulary';

/**
 * The rows repositories return: plain objects, Neo4j values already converted. GraphQL
 * resolvers receive these as parents (codegen mappers), so the GraphQL layer never sees Neo4j.
 *
 * A row read for a compiled query (shared/shape.ts) holds only the properties its selection
 * reads, and the related rows it selects under `prefetched`; the resolvers of the fields it
 * selects read nothing else (src/resolvers/shapes.ts keeps that true). Loaders return whole rows.
 */

export interface EpisodeModel {
  id: string;
  title: string;
  airDate: string;
  editorialNote: string | null;
  mediaUrl: string | null;
  turnCount: number;
}

export interface AppearanceModel {
  personId: string;
  episodeId: string;
  role: SpeakerRole;
  affiliation: string | null;
  expertise: string | null;
  label: string;
}

export interface SectionModel {
  id: string;
  episodeId: string;
  position: number;
  title: string;
  prefetched?: { episode?: EpisodeModel | null };
}

export interface TurnModel {
  id: string;
  episodeId: string;
  sectionId: string;
  speakerId: string;
  position: number;
  /** Seconds into the episode's media; null when the transcript gives no time. */
  startTime: number | null;
  endTime: number | null;
  /** Read only when a compiled query selects it; loaders leave it out. */
  text?: string;
  prefetched?: {
    speaker?: EntityModel | null;
    section?: SectionModel | null;
    episode?: EpisodeModel | null;
  };
}

export interface NoteModel {
  id: string;
  episodeId: string;
  number: number;
  term: string;
  text: string;
}

export interface DiscrepancyModel {
  id: string;
  episodeId: string;
  kind: string;
  text: string;
  correct: string;
  explanation: string;
  turnId: string | null;
  /** Every turn it concerns (an attribution doubt may span several). */
  turnIds: string[];
  noteId: string | null;
  entityId: string | null;
  start: number | null;
  end: number | null;
}

export interface ClaimModel {
  id: string;
  episodeId: string;
  turnId: string;
  speakerId: string;
  /** Whose view the words report: a person's id or an unnamed group; null for the speaker's own. */
  attributedToId: string | null;
  attributedToGroup: string | null;
  /** Attribution discrepancies whose doubted speaker label the claim rests on. */
  attributionDoubtIds: string[];
  kind: ClaimKind;
  quote: string;
  paraphrase: string | null;
  topics: string[];
  start: number;
  end: number;
  isPrediction: boolean;
  horizon: string | null;
  dueDate: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  deadline: string | null;
  conditional: boolean;
  conditions: string[];
  hedges: string[];
  confidenceBucket: ConfidenceBucket | null;
  probability: number | null;
  confidenceOverride: string | null;
  resolutionCriteria: string | null;
  status: PredictionStatus | null;
  prefetched?: {
    speaker?: EntityModel | null;
    turn?: TurnModel | null;
    episode?: EpisodeModel | null;
    about?: EntityModel[];
    relations?: ClaimRelationModel[];
  };
}

export interface ClaimRelationModel {
  type: ClaimRelationType;
  direction: 'OUTGOING' | 'INCOMING';
  claimId: string;
  prefetched?: { claim?: ClaimModel | null };
}

export interface ResolutionModel {
  id: string;
  action: 'RESOLVE' | 'REOPEN';
  status: PredictionStatus;
  previousStatus: PredictionStatus;
  evidenceUrl: string | null;
  note: string | null;
  resolvedAt: string | null;
  recordedAt: string;
  recordedBy: string;
}

export interface EntityModel {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  surfaceForms: string[];
  description: string | null;
  externalIds: string[];
  year: number | null;
  prefetched?: { claims?: PrefetchedPage<ClaimModel> };
}

/** A page read with its parent, for the page arguments named by `request` (pagination.ts). */
export interface PrefetchedPage<T> {
  request: string;
  rows: { node: T; key: (string | number)[] }[];
  totalCount: number | null;
}

export interface MentionModel {
  turnId: string;
  entityId: string;
  form: string;
  start: number;
  end: number;
}

export interface EntityRelationModel {
  type: EntityRelationType;
  direction: 'OUTGOING' | 'INCOMING';
  entityId: string;
  role: string | null;
}

export interface CitationModel {
  personId: string;
  count: number;
}

export interface RelatedEntityModel {
  entityId: string;
  depth: number;
  path: EntityRelationType[];
  entity: EntityModel;
}

export interface TrackRecordModel {
  total: number;
  resolved: number;
  correct: number;
  incorrect: number;
  partiallyCorrect: number;
  unresolvable: number;
  open: number;
  brierScore: number | null;
}

/** A page of a connection: its rows, their cursors, and totalCount when it was asked for. */
export interface Page<T> {
  items: T[];
  /** The cursor of items[i] (null past the end), encoded on first use. */
  cursor(i: number): string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number | null;
}
