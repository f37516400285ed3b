import type {
  AttributionWording,
  ClaimKind,
  ClaimRelationKind,
  ConfidenceBucket,
  EntityRelationKind,
  EntityType,
} from './vocabulary';
import type { Episode } from './transcript';

/**
 * A checked corpus, flattened into the rows the importer writes: every reference resolved,
 * every quote located, ids global.
 */
export interface Corpus {
  episodes: Episode[];
  entities: EntityRow[];
  mentions: MentionRow[];
  entityRelations: EntityRelationRow[];
  claims: ClaimRow[];
  claimRelations: ClaimRelationRow[];
  noteLinks: NoteLinkRow[];
  discrepancies: DiscrepancyRow[];
  excluded: ExclusionRow[];
  topics: string[];
}

/** A forward-looking statement left out of the predictions on purpose. */
export interface ExclusionRow {
  /** `<turn id>#x<start>-<digest of the quote>`: stable across re-imports. */
  id: string;
  episodeId: string;
  turnId: string;
  quote: string;
  start: number;
  end: number;
  reason: string;
}

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string | null;
  /** `key=value` pairs: Neo4j properties cannot hold maps. */
  externalIds: string[];
  year: number | null;
  /** Every distinct surface form used for it in the corpus. */
  surfaceForms: string[];
  /** Episodes whose transcript header or annotation files define it. */
  definedIn: string[];
}

export interface MentionRow {
  episodeId: string;
  turnId: string;
  entityId: string;
  form: string;
  start: number;
  end: number;
  /** The form is not a name of the entity (annotated `mentionOnly`): it answers no lookup. */
  mentionOnly: boolean;
}

export interface EntityRelationRow {
  from: string;
  type: EntityRelationKind;
  to: string;
  role: string | null;
  /** Episodes whose annotation files state it. */
  definedIn: string[];
}

export interface ClaimRow {
  id: string;
  episodeId: string;
  turnId: string;
  speakerId: string;
  /** Whose view the words report: a person's id, or an unnamed group as spoken. */
  attributedToId: string | null;
  attributedToGroup: string | null;
  /** How a reported view is worded: 'paraphrase' or 'quotation'; null for the speaker's own. */
  attributedWording: AttributionWording | null;
  /** Attribution discrepancies whose doubted speaker label this claim rests on. */
  attributionDoubtIds: string[];
  quote: string;
  start: number;
  end: number;
  paraphrase: string | null;
  kind: ClaimKind;
  topics: string[];
  about: string[];
  prediction: PredictionRow | null;
  /** The premise the claim states (a question's "If ..."), verbatim; null when it states none. */
  premiseText: string | null;
  /** The full ids of the turns the premise governs; null exactly when premiseText is. */
  premiseGoverns: string[] | null;
  /** 'DRAFT' | 'ACCEPTED' | 'REJECTED'; only accepted, unretracted claims are public. */
  reviewState: 'DRAFT' | 'ACCEPTED' | 'REJECTED';
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  retractedBy: string | null;
  retractedAt: string | null;
  retractionReason: string | null;
}

export interface PredictionRow {
  horizon: string | null;
  dueDate: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  conditional: boolean;
  conditions: string[];
  hedges: string[];
  bucket: ConfidenceBucket;
  probability: number;
  confidenceOverride: string | null;
  resolutionCriteria: string | null;
  resolutionSource: string | null;
  /** Why the date was read from a horizon phrase that names none. */
  windowReason: string | null;
  /** Why it cannot be judged as worded; null when it can. */
  unresolvable: string | null;
  madeBeforeEpisode: boolean;
  /** The outcome the episode itself gives, imported as the prediction's first resolution. */
  episodeResolution: EpisodeResolutionRow | null;
}

export interface EpisodeResolutionRow {
  turnId: string;
  quote: string;
  status: 'CORRECT' | 'PARTIALLY_CORRECT' | 'INCORRECT';
  explanation: string;
  /** The air date: the outcome is known when the episode says it. */
  resolvedAt: string;
}

export interface ClaimRelationRow {
  from: string;
  type: ClaimRelationKind;
  to: string;
}

export interface NoteLinkRow {
  noteId: string;
  entityId: string;
}

export interface DiscrepancyRow {
  id: string;
  episodeId: string;
  turnId: string | null;
  /** Every turn it concerns: `turnId` and any further turns. */
  turnIds: string[];
  noteId: string | null;
  text: string;
  /** Offsets in the turn text; null for a discrepancy in a note. */
  start: number | null;
  end: number | null;
  correct: string;
  entityId: string | null;
  kind: string;
  explanation: string;
}

export interface Coverage {
  episodeId: string;
  turns: number;
  sections: { id: string; title: string; claims: number }[];
  /** Turns with no claim, mention or discrepancy. */
  unannotatedTurns: { id: string; speakerId: string; text: string }[];
  /** Turns with mentions but no claim. */
  turnsWithoutClaims: string[];
  unlinkedNotes: number[];
  predictions: { id: string; turn: string; bucket: string; dated: boolean; conditional: boolean }[];
  exclusions: { turn: string; quote: string; reason: string }[];
  attributionDoubts: { id: string; turns: string[]; claims: string[] }[];
  /** Per person who spoke, in order of first turn. */
  speakers: SpeakerCoverage[];
  counts: Record<string, number>;
}

/** What one speaker's turns hold, for the coverage report. */
export interface SpeakerCoverage {
  speakerId: string;
  /** Their own forecasts (the ones a track record counts). */
  predictions: number;
  /** Forecasts of others they reported (attributedTo). */
  reportedPredictions: number;
  /** Their agreements with another person's claim. */
  endorsements: number;
  /** Forward-looking statements in their turns left out of the predictions. */
  exclusions: number;
  /** Their claims that rest on a doubted speaker label. */
  doubtedClaims: number;
}
