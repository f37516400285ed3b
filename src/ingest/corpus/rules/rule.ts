import type { EntityType } from '../../../domain/vocabulary';
import type {
  ClaimAnnotation,
  DiscrepancyAnnotation,
  EntityAnnotation,
  EntityRelationAnnotation,
  ExclusionAnnotation,
  MentionAnnotation,
  NoteLinkAnnotation,
} from '../../annotations/annotation-types';
import type { LocatedAnnotationFile } from '../../annotations/read-annotation-file';
import type { CorpusView, EpisodeFile } from '../corpus-context';
import type { CorpusRows } from '../build-corpus';

/** Where in an annotation (or a claim) a problem is: `['prediction', 'window', 'from']`. */
export type Path = (string | number)[];

/** How a rule says what is wrong. Errors refuse the input; warnings only point at it. */
export interface Report {
  error(path: Path, message: string): void;
  warn(path: Path, message: string): void;
}

/** The turn a claim stands in, as much of it as the claim rules read. */
export interface ClaimTurn {
  /** `t007`, as annotation files write it. */
  localId: string;
  text: string;
  speakerId: string;
}

/**
 * What the claim rules may know of the episode around one claim. The importer builds it from
 * the files (claimScope in corpus-context.ts); a service that edits one claim builds it from the
 * graph.
 */
export interface ClaimScope {
  episodeId: string;
  /** YYYY-MM-DD. */
  airDate: string;
  /** The episode has turns t001 to t<turnCount>. */
  turnCount: number;
  /** Whether this person speaks in the episode: only they can be a claim's speaker. */
  speaks(personId: string): boolean;
  /** The type of the entity with this id (a speaker is a person); undefined when unknown. */
  entityType(id: string): EntityType | undefined;
  /** Whether a claim with this id exists, for relations. */
  claimExists(id: string): boolean;
}

/**
 * A check of one claim on its own: its claim, its turn (undefined when the claim names a turn
 * the episode does not have) and the episode's scope. Paths are relative to the claim.
 */
export interface ClaimRule {
  name: string;
  check(
    claim: ClaimAnnotation,
    turn: ClaimTurn | undefined,
    scope: ClaimScope,
    report: Report,
  ): void;
}

/**
 * A check of an annotation file, visiting the parts it cares about; paths are relative to the
 * file. The `define*` visitors run in the first pass, while the ids the files define are being
 * collected: the context holds what earlier parts defined. The others run in the second pass,
 * over the complete context. Neither writes to the context.
 */
export interface FileRule {
  name: string;
  /** The file as read, before its episode is looked up; a file without one goes no further. */
  annotationFile?(file: LocatedAnnotationFile, context: CorpusView, report: Report): void;
  defineEntity?(entity: EntityAnnotation, i: number, file: EpisodeFile): void;
  defineClaim?(claim: ClaimAnnotation, i: number, file: EpisodeFile): void;
  defineDiscrepancy?(item: DiscrepancyAnnotation, i: number, file: EpisodeFile): void;
  entity?(entity: EntityAnnotation, i: number, file: EpisodeFile): void;
  mention?(mention: MentionAnnotation, at: Path, file: EpisodeFile): void;
  entityRelation?(relation: EntityRelationAnnotation, i: number, file: EpisodeFile): void;
  noteLink?(link: NoteLinkAnnotation, i: number, file: EpisodeFile): void;
  discrepancy?(item: DiscrepancyAnnotation, i: number, file: EpisodeFile): void;
  exclusion?(item: ExclusionAnnotation, i: number, file: EpisodeFile): void;
}

/** A check no single file can make, over the rows every file yields. */
export interface CorpusRule {
  name: string;
  /** Reports against the corpus as a whole: `(corpus)`, line 0, the field given. */
  check(rows: CorpusRows, report: (field: string, message: string) => void): void;
}
