import type { EntityRow } from '../../domain/corpus';
import type { Episode, Turn } from '../../domain/transcript';
import type {
  ClaimAnnotation,
  DiscrepancyAnnotation,
  EntityAnnotation,
} from '../annotations/annotation-types';
import { fieldName, type LocatedAnnotationFile } from '../annotations/read-annotation-file';
import type { Problem } from '../problems';
import { unknownEntity, unknownTurn } from './rules/messages';
import type { ClaimScope, Path, Report } from './rules/rule';

/** An entity as the files define it so far, with where (computed only for a message). */
export type DefinedEntity = EntityRow & { episodeId: string; where: () => string };

/** What rules may read of a validation run: the transcripts and every id the files define. */
export interface CorpusView {
  readonly episodes: readonly Episode[];
  episode(id: string): Episode | undefined;
  /** The turn `<episode>#<localId>`, if the transcript has it. */
  turn(episode: Episode, localId: string): Turn | undefined;
  entity(id: string): DefinedEntity | undefined;
  /** Whether a transcript header names this person as a speaker. */
  isSpeaker(id: string): boolean;
  /** Whether an annotation file of this episode already defined an entity with this id. */
  definedInEpisode(episodeId: string, id: string): boolean;
  /** Where a claim with this id is defined, if one is. */
  claimDefinedAt(id: string): (() => string) | undefined;
  discrepancyDefinedAt(id: string): (() => string) | undefined;
  /** The episode as the claim rules see it. */
  scope(episode: Episode): ClaimScope;
}

/** One annotation file with its episode, as file rules see it. */
export interface EpisodeFile {
  file: LocatedAnnotationFile;
  episode: Episode;
  context: CorpusView;
  /** Reports against this file, with paths from its top. */
  report: Report;
  /** The turn with this local id; reports `unknown turn` at `at` when there is none. */
  turnAt: (at: Path, localId: string) => Turn | undefined;
  /** Whether the entity exists; reports `unknown entity` at `at` when it does not. */
  entityAt: (at: Path, id: string) => boolean;
}

/**
 * The state of one validation run. The first pass fills it (speakers, then what each file
 * defines); rules only read it, through CorpusView and EpisodeFile.
 */
export class CorpusContext implements CorpusView {
  readonly problems: Problem[] = [];
  readonly warnings: Problem[] = [];
  private readonly episodeById: Map<string, Episode>;
  private readonly turnIndex = new Map<string, Turn>();
  /** Who spoke in each episode: only they can be a claim's speaker. */
  private readonly spokeIn = new Map<string, Set<string>>();
  private readonly entities = new Map<string, DefinedEntity>();
  private readonly speakerIds = new Set<string>();
  private readonly claimIds = new Map<string, () => string>();
  private readonly discrepancyIds = new Map<string, () => string>();
  private readonly definedHere = new Map<string, Set<string>>();
  private readonly scopes = new Map<string, ClaimScope>();

  constructor(readonly episodes: readonly Episode[]) {
    this.episodeById = new Map(episodes.map((episode) => [episode.id, episode]));
    for (const episode of episodes) {
      for (const turn of episode.turns) this.turnIndex.set(turn.id, turn);
      this.spokeIn.set(episode.id, new Set(episode.turns.map((turn) => turn.speakerId)));
    }
  }

  episode(id: string): Episode | undefined {
    return this.episodeById.get(id);
  }

  turn(episode: Episode, localId: string): Turn | undefined {
    return this.turnIndex.get(`${episode.id}#${localId}`);
  }

  entity(id: string): DefinedEntity | undefined {
    return this.entities.get(id);
  }

  /** Every entity, speakers first, then in the order the files define them. */
  definedEntities(): DefinedEntity[] {
    return [...this.entities.values()];
  }

  isSpeaker(id: string): boolean {
    return this.speakerIds.has(id);
  }

  definedInEpisode(episodeId: string, id: string): boolean {
    return this.definedHere.get(episodeId)?.has(id) ?? false;
  }

  claimDefinedAt(id: string): (() => string) | undefined {
    return this.claimIds.get(id);
  }

  discrepancyDefinedAt(id: string): (() => string) | undefined {
    return this.discrepancyIds.get(id);
  }

  scope(episode: Episode): ClaimScope {
    let scope = this.scopes.get(episode.id);
    if (scope === undefined) {
      const spoke = this.spokeIn.get(episode.id) ?? new Set<string>();
      scope = {
        episodeId: episode.id,
        airDate: episode.airDate,
        turnCount: episode.turns.length,
        speaks: (personId) => spoke.has(personId),
        entityType: (id) => this.entities.get(id)?.type,
        claimExists: (id) => this.claimIds.has(id),
        turnText: (localId) => this.turn(episode, localId)?.text,
      };
      this.scopes.set(episode.id, scope);
    }
    return scope;
  }

  /** Reports against `file`: errors to problems, warnings to warnings, each with its line. */
  reportFor(file: LocatedAnnotationFile): Report {
    const locate = (parts: Path, message: string): Problem => ({
      file: file.file,
      line: file.lineOf(parts),
      field: fieldName(parts),
      message,
    });
    return {
      error: (parts, message) => this.problems.push(locate(parts, message)),
      // A warning's line is looked up only when someone reads it: finding it costs a full YAML
      // parse of the file (a JSON-flow file skips that otherwise), and an import never reads
      // its warnings. Thousands of warnings in a generated corpus made that most of an import.
      warn: (parts, message) => {
        let line: number | undefined;
        this.warnings.push({
          file: file.file,
          get line(): number {
            return (line ??= file.lineOf(parts));
          },
          field: fieldName(parts),
          message,
        });
      },
    };
  }

  episodeFile(file: LocatedAnnotationFile, episode: Episode): EpisodeFile {
    const report = this.reportFor(file);
    return {
      file,
      episode,
      context: this,
      report,
      turnAt: (at, localId) => {
        const turn = this.turn(episode, localId);
        if (turn === undefined) report.error(at, unknownTurn(localId, episode.turns.length));
        return turn;
      },
      entityAt: (at, id) => {
        if (this.entities.has(id)) return true;
        report.error(at, unknownEntity(id));
        return false;
      },
    };
  }

  /** Every speaker named in a transcript header is a person entity. */
  collectSpeakers(): void {
    for (const episode of this.episodes) {
      for (const speaker of episode.speakers) {
        this.speakerIds.add(speaker.id);
        const known = this.entities.get(speaker.id);
        if (known) {
          if (!known.definedIn.includes(episode.id)) known.definedIn.push(episode.id);
        } else {
          this.entities.set(speaker.id, {
            id: speaker.id,
            type: 'person',
            name: speaker.name,
            aliases: [],
            description: null,
            externalIds: [],
            year: null,
            surfaceForms: [],
            definedIn: [episode.id],
            episodeId: episode.id,
            where: () => `${episode.sourceFile} header`,
          });
        }
      }
    }
  }

  /**
   * Adds what one file says of an entity to what earlier files said. The first definition in
   * an episode counts, and one of another type than the entity already has is left out (the
   * rules unique-entity-ids and entity-type-agrees say so).
   */
  defineEntity(
    file: LocatedAnnotationFile,
    episode: Episode,
    entity: EntityAnnotation,
    i: number,
  ): void {
    const seenInEpisode = this.definedHere.get(episode.id) ?? new Set<string>();
    this.definedHere.set(episode.id, seenInEpisode);
    if (seenInEpisode.has(entity.id)) return;
    seenInEpisode.add(entity.id);
    const existing = this.entities.get(entity.id);
    if (existing && existing.type !== entity.type) return;
    this.entities.set(entity.id, {
      id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases: [...new Set([...(existing?.aliases ?? []), ...(entity.aliases ?? [])])],
      description: entity.description ?? existing?.description ?? null,
      // Episodes add to what is known of a shared entity; none erases another's facts.
      externalIds: [
        ...new Set([
          ...(existing?.externalIds ?? []),
          ...Object.entries(entity.externalIds ?? {}).map(
            ([key, value]) => `${key}=${String(value)}`,
          ),
        ]),
      ],
      year: entity.year ?? existing?.year ?? null,
      surfaceForms: [],
      definedIn: [...new Set([...(existing?.definedIn ?? []), episode.id])],
      episodeId: episode.id,
      where: () => `${file.file}:${file.lineOf(['entities', i])}`,
    });
  }

  /** The first definition of a claim id counts (unique-claim-ids reports the others). */
  defineClaim(file: LocatedAnnotationFile, claim: ClaimAnnotation, i: number): void {
    if (!this.claimIds.has(claim.id)) {
      this.claimIds.set(claim.id, () => `${file.file}:${file.lineOf(['claims', i])}`);
    }
  }

  defineDiscrepancy(file: LocatedAnnotationFile, item: DiscrepancyAnnotation, i: number): void {
    if (!this.discrepancyIds.has(item.id)) {
      this.discrepancyIds.set(item.id, () => `${file.file}:${file.lineOf(['discrepancies', i])}`);
    }
  }
}
