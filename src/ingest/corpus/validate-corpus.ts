import { createHash } from 'node:crypto';

import { bucketFor } from '../../domain/confidence-table';
import { isCalendarDate } from '../../domain/dates';
import { CONFIDENCE_BUCKETS } from '../../domain/vocabulary';
import type { AnnotationFile } from '../annotations/annotation-types';
import { fieldName, type LocatedAnnotationFile } from '../annotations/read-annotation-file';
import type { Problem } from '../problems';
import type { Episode, Turn } from '../../domain/transcript';
import type {
  ClaimRelationRow,
  ClaimRow,
  Corpus,
  DiscrepancyRow,
  EntityRelationRow,
  EntityRow,
  ExclusionRow,
  MentionRow,
  NoteLinkRow,
} from '../../domain/corpus';

/** Warnings never block an import; they point at annotations worth a second look. */
export type ValidationResult =
  | { ok: true; corpus: Corpus; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

type Parts = (string | number)[];
type At = (file: LocatedAnnotationFile, parts: Parts, message: string) => void;
type ClaimAnnotation = NonNullable<AnnotationFile['claims']>[number];
type DiscrepancyAnnotation = NonNullable<AnnotationFile['discrepancies']>[number];
type PredictionAnnotation = NonNullable<ClaimAnnotation['prediction']>;

/**
 * Checks annotation files against the parsed transcripts: every id unique, every reference
 * resolving, every quote, surface form and discrepancy text present verbatim in its turn, every
 * due date consistent with the air date. Returns all problems, or the corpus ready to import.
 */
export function validateCorpus(
  episodes: Episode[],
  files: LocatedAnnotationFile[],
): ValidationResult {
  const check = new CorpusCheck(episodes);
  // Pass 1: collect every defined id, so references may point forward and across files.
  check.collectSpeakers();
  for (const file of files) check.collectDefinitions(file);
  // Pass 2: check every reference and locate every quote.
  for (const file of files) check.checkFile(file);
  check.checkAcrossFiles();
  return check.result();
}

/** The state of one validation run, and one method per kind of check. */
class CorpusCheck {
  private readonly problems: Problem[] = [];
  private readonly warnings: Problem[] = [];
  private readonly episodeById: Map<string, Episode>;
  private readonly turnIndex = new Map<string, Turn>();
  /** Who spoke in each episode: only they can be a claim's speaker. */
  private readonly spokeIn = new Map<string, Set<string>>();

  // `where` is computed only for a problem report: finding a line costs a full YAML parse.
  private readonly entities = new Map<
    string,
    EntityRow & { episodeId: string; where: () => string }
  >();
  private readonly speakerIds = new Set<string>();
  private readonly claimIds = new Map<string, () => string>();
  private readonly discrepancyIds = new Map<string, () => string>();
  private readonly definedHere = new Map<string, Set<string>>();

  private readonly mentions: MentionRow[] = [];
  private readonly entityRelations: EntityRelationRow[] = [];
  private readonly claims: ClaimRow[] = [];
  private readonly claimRelations: ClaimRelationRow[] = [];
  private readonly noteLinks: NoteLinkRow[] = [];
  private readonly discrepancies: DiscrepancyRow[] = [];
  private readonly excluded: ExclusionRow[] = [];
  private readonly topics = new Set<string>();

  constructor(private readonly episodes: Episode[]) {
    this.episodeById = new Map(episodes.map((episode) => [episode.id, episode]));
    for (const episode of episodes) {
      for (const turn of episode.turns) this.turnIndex.set(turn.id, turn);
      this.spokeIn.set(episode.id, new Set(episode.turns.map((turn) => turn.speakerId)));
    }
  }

  private readonly at: At = (file, parts, message) => {
    this.problems.push({
      file: file.file,
      line: file.lineOf(parts),
      field: fieldName(parts),
      message,
    });
  };

  private readonly warn: At = (file, parts, message) => {
    this.warnings.push({
      file: file.file,
      line: file.lineOf(parts),
      field: fieldName(parts),
      message,
    });
  };

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

  /** The entities, claim ids and discrepancy ids one file defines. */
  collectDefinitions(file: LocatedAnnotationFile): void {
    const episode = this.episodeById.get(file.data.episode);
    if (episode === undefined) {
      this.at(
        file,
        ['episode'],
        `no transcript for episode "${file.data.episode}"; known: ${[...this.episodeById.keys()].join(', ') || 'none'}`,
      );
      return;
    }
    const seenInEpisode = this.definedHere.get(episode.id) ?? new Set<string>();
    this.definedHere.set(episode.id, seenInEpisode);
    (file.data.entities ?? []).forEach((entity, i) => {
      if (seenInEpisode.has(entity.id)) {
        this.at(file, ['entities', i, 'id'], `duplicate entity id "${entity.id}" in this episode`);
        return;
      }
      seenInEpisode.add(entity.id);
      const existing = this.entities.get(entity.id);
      if (existing && existing.type !== entity.type) {
        this.at(
          file,
          ['entities', i, 'type'],
          `"${entity.id}" is a ${existing.type} in ${existing.where()}, not a ${entity.type}`,
        );
        return;
      }
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
        surfaceForms: existing?.surfaceForms ?? [],
        definedIn: [...new Set([...(existing?.definedIn ?? []), episode.id])],
        episodeId: episode.id,
        where: () => `${file.file}:${file.lineOf(['entities', i])}`,
      });
    });
    (file.data.claims ?? []).forEach((claim, i) => {
      const previous = this.claimIds.get(claim.id);
      if (previous !== undefined) {
        this.at(
          file,
          ['claims', i, 'id'],
          `duplicate claim id "${claim.id}" (first at ${previous()})`,
        );
      } else {
        this.claimIds.set(claim.id, () => `${file.file}:${file.lineOf(['claims', i])}`);
      }
    });
    (file.data.discrepancies ?? []).forEach((item, i) => {
      const previous = this.discrepancyIds.get(item.id);
      if (previous !== undefined) {
        this.at(
          file,
          ['discrepancies', i, 'id'],
          `duplicate discrepancy id "${item.id}" (first at ${previous()})`,
        );
      } else {
        this.discrepancyIds.set(item.id, () => `${file.file}:${file.lineOf(['discrepancies', i])}`);
      }
    });
  }

  checkFile(file: LocatedAnnotationFile): void {
    const episode = this.episodeById.get(file.data.episode);
    if (episode === undefined) return;
    this.checkMentions(file, episode);
    this.checkEntityRelations(file, episode);
    (file.data.claims ?? []).forEach((claim, i) => this.checkClaim(file, episode, claim, i));
    this.checkNoteLinks(file, episode);
    (file.data.discrepancies ?? []).forEach((item, i) =>
      this.checkDiscrepancy(file, episode, item, i),
    );
    this.checkExclusions(file, episode);
  }

  /** Each mention's surface form occurs in its turn (at the occurrence given, if one is). */
  private checkMentions(file: LocatedAnnotationFile, episode: Episode): void {
    (file.data.entities ?? []).forEach((entity, i) => {
      const row = this.entities.get(entity.id);
      if (this.speakerIds.has(entity.id) && entity.type !== 'person') {
        this.at(
          file,
          ['entities', i, 'type'],
          `"${entity.id}" is a speaker, so its type must be person`,
        );
      }
      (entity.mentions ?? []).forEach((mention, j) => {
        const parts = ['entities', i, 'mentions', j];
        const turn = this.turnOf(file, episode, [...parts, 'turn'], mention.turn);
        if (turn === undefined) return;
        const found = occurrences(turn.text, mention.form);
        if (found.length === 0) {
          this.at(file, [...parts, 'form'], `"${mention.form}" does not occur in ${mention.turn}`);
          return;
        }
        const chosen =
          mention.occurrence === undefined
            ? found
            : found.slice(mention.occurrence - 1, mention.occurrence);
        if (chosen.length === 0) {
          this.at(
            file,
            [...parts, 'occurrence'],
            `"${mention.form}" occurs ${found.length} time(s) in ${mention.turn}, not ${mention.occurrence}`,
          );
          return;
        }
        for (const start of chosen) {
          this.mentions.push({
            episodeId: episode.id,
            turnId: turn.id,
            entityId: entity.id,
            form: mention.form,
            start,
            end: start + mention.form.length,
          });
        }
        if (row && !row.surfaceForms.includes(mention.form)) row.surfaceForms.push(mention.form);
      });
    });
  }

  private checkEntityRelations(file: LocatedAnnotationFile, episode: Episode): void {
    (file.data.entityRelations ?? []).forEach((relation, i) => {
      const fromOk = this.entityExists(file, ['entityRelations', i, 'from'], relation.from);
      const toOk = this.entityExists(file, ['entityRelations', i, 'to'], relation.to);
      if (relation.from === relation.to) {
        this.at(file, ['entityRelations', i, 'to'], 'an entity cannot relate to itself');
      } else if (fromOk && toOk) {
        this.entityRelations.push({
          from: relation.from,
          type: relation.type,
          to: relation.to,
          role: relation.role ?? null,
          definedIn: [episode.id],
        });
      }
    });
  }

  /** Speaker, reported view, quote, references, relations and prediction of one claim. */
  private checkClaim(
    file: LocatedAnnotationFile,
    episode: Episode,
    claim: ClaimAnnotation,
    i: number,
  ): void {
    const parts = ['claims', i];
    const turn = this.turnOf(file, episode, [...parts, 'turn'], claim.turn);
    const speakerId = claim.speaker ?? turn?.speakerId;
    if (claim.speaker !== undefined) {
      const speaker = this.entities.get(claim.speaker);
      if (speaker === undefined)
        this.at(file, [...parts, 'speaker'], `unknown person "${claim.speaker}"`);
      else if (speaker.type !== 'person') {
        this.at(
          file,
          [...parts, 'speaker'],
          `"${claim.speaker}" is a ${speaker.type}, not a person`,
        );
      }
    }
    // The speaker is who said the words; a person quoted or paraphrased is attributedTo.
    if (speakerId !== undefined && !(this.spokeIn.get(episode.id)?.has(speakerId) ?? false)) {
      this.at(
        file,
        [...parts, 'speaker'],
        `"${speakerId}" does not speak in ${episode.id}; the speaker is who said the words (give the person reported as attributedTo)`,
      );
    }
    const attributed = claim.attributedTo;
    if (attributed !== undefined && 'person' in attributed) {
      const person = this.entities.get(attributed.person);
      if (person === undefined) {
        this.at(
          file,
          [...parts, 'attributedTo', 'person'],
          `unknown person "${attributed.person}"`,
        );
      } else if (person.type !== 'person') {
        this.at(
          file,
          [...parts, 'attributedTo', 'person'],
          `"${attributed.person}" is a ${person.type}, not a person`,
        );
      } else if (attributed.person === speakerId) {
        this.at(
          file,
          [...parts, 'attributedTo', 'person'],
          'a claim is not attributed to its own speaker; omit attributedTo',
        );
      }
    }
    let start = -1;
    if (turn) {
      start = turn.text.indexOf(claim.quote);
      if (start < 0) {
        this.at(
          file,
          [...parts, 'quote'],
          `quote does not occur verbatim in ${claim.turn}: "${clip(claim.quote)}"`,
        );
      }
    }
    (claim.about ?? []).forEach((id, j) => this.entityExists(file, [...parts, 'about', j], id));
    (claim.relations ?? []).forEach((relation, j) => {
      if (!this.claimIds.has(relation.target)) {
        this.at(file, [...parts, 'relations', j, 'target'], `unknown claim "${relation.target}"`);
      } else if (relation.target === claim.id) {
        this.at(file, [...parts, 'relations', j, 'target'], 'a claim cannot relate to itself');
      } else {
        this.claimRelations.push({ from: claim.id, type: relation.type, to: relation.target });
      }
    });
    const prediction = claim.prediction;
    if (prediction && turn) {
      checkPrediction(file, [...parts, 'prediction'], episode.airDate, turn, prediction, this.at);
      checkConfidence(file, [...parts, 'prediction', 'confidence'], prediction, this.warn);
    }
    for (const topic of claim.topics ?? []) this.topics.add(topic);
    if (turn && speakerId !== undefined && start >= 0) {
      this.claims.push({
        id: claim.id,
        episodeId: episode.id,
        turnId: turn.id,
        speakerId,
        attributedToId:
          attributed !== undefined && 'person' in attributed ? attributed.person : null,
        attributedToGroup:
          attributed !== undefined && 'group' in attributed ? attributed.group : null,
        attributionDoubtIds: [],
        quote: claim.quote,
        start,
        end: start + claim.quote.length,
        paraphrase: claim.paraphrase ?? null,
        kind: claim.kind,
        topics: claim.topics ?? [],
        about: claim.about ?? [],
        prediction: prediction
          ? {
              horizon: prediction.horizon ?? null,
              dueDate: prediction.due ?? null,
              windowStart: prediction.window?.from ?? null,
              windowEnd: prediction.window?.to ?? null,
              conditional: prediction.conditional ?? (prediction.conditions ?? []).length > 0,
              conditions: prediction.conditions ?? [],
              hedges: prediction.confidence.hedges ?? [],
              bucket: prediction.confidence.bucket,
              probability: CONFIDENCE_BUCKETS[prediction.confidence.bucket],
              confidenceOverride: prediction.confidence.override ?? null,
              resolutionCriteria: prediction.resolutionCriteria ?? null,
            }
          : null,
      });
    }
  }

  private checkNoteLinks(file: LocatedAnnotationFile, episode: Episode): void {
    (file.data.notes ?? []).forEach((link, i) => {
      const note = episode.notes.find((candidate) => candidate.number === link.note);
      if (note === undefined) {
        this.at(
          file,
          ['notes', i, 'note'],
          `the transcript has no verification note [^${link.note}]`,
        );
        return;
      }
      link.explains.forEach((id, j) => {
        if (this.entityExists(file, ['notes', i, 'explains', j], id)) {
          this.noteLinks.push({ noteId: note.id, entityId: id });
        }
      });
    });
  }

  /** A discrepancy's text stands in its turn or note; an attribution doubt names its turns. */
  private checkDiscrepancy(
    file: LocatedAnnotationFile,
    episode: Episode,
    item: DiscrepancyAnnotation,
    i: number,
  ): void {
    const parts = ['discrepancies', i];
    if (item.entity !== undefined) this.entityExists(file, [...parts, 'entity'], item.entity);
    let turnId: string | null = null;
    const turnIds: string[] = [];
    let noteId: string | null = null;
    let start: number | null = null;
    if (item.turn !== undefined) {
      const turn = this.turnOf(file, episode, [...parts, 'turn'], item.turn);
      if (turn === undefined) return;
      turnId = turn.id;
      turnIds.push(turn.id);
      start = turn.text.indexOf(item.text);
      if (start < 0) {
        this.at(file, [...parts, 'text'], `"${clip(item.text)}" does not occur in ${item.turn}`);
        return;
      }
    } else if (item.note !== undefined) {
      const note = episode.notes.find((candidate) => candidate.number === item.note);
      if (note === undefined) {
        this.at(
          file,
          [...parts, 'note'],
          `the transcript has no verification note [^${item.note}]`,
        );
        return;
      }
      noteId = note.id;
      if (!`${note.term}: ${note.text}`.includes(item.text)) {
        this.at(
          file,
          [...parts, 'text'],
          `"${clip(item.text)}" does not occur in note [^${item.note}]`,
        );
        return;
      }
    }
    for (const [j, localId] of (item.turns ?? []).entries()) {
      const further = this.turnOf(file, episode, [...parts, 'turns', j], localId);
      if (further !== undefined && !turnIds.includes(further.id)) turnIds.push(further.id);
    }
    if (item.kind === 'attribution' && turnId === null) {
      this.at(file, [...parts, 'turn'], 'an attribution doubt stands in a turn: give turn');
    }
    this.discrepancies.push({
      id: item.id,
      episodeId: episode.id,
      turnId,
      turnIds,
      noteId,
      text: item.text,
      start,
      end: start === null ? null : start + item.text.length,
      correct: item.correct,
      entityId: item.entity ?? null,
      kind: item.kind,
      explanation: item.explanation,
    });
  }

  private checkExclusions(file: LocatedAnnotationFile, episode: Episode): void {
    (file.data.excluded ?? []).forEach((item, i) => {
      const parts = ['excluded', i];
      const turn = this.turnOf(file, episode, [...parts, 'turn'], item.turn);
      if (turn === undefined) return;
      if (!turn.text.includes(item.quote)) {
        this.at(
          file,
          [...parts, 'quote'],
          `quote does not occur verbatim in ${item.turn}: "${clip(item.quote)}"`,
        );
        return;
      }
      const digest = createHash('sha256').update(`${turn.id}\n${item.quote}`).digest('hex');
      this.excluded.push({
        id: `${episode.id}#x${digest.slice(0, 12)}`,
        episodeId: episode.id,
        turnId: turn.id,
        quote: item.quote,
        reason: item.reason,
      });
    });
  }

  /** What no single file can show: exclusions that are predictions, doubts, endorsements. */
  checkAcrossFiles(): void {
    // An exclusion says "not a prediction": the same words cannot also be one.
    for (const item of this.excluded) {
      const clash = this.claims.find(
        (claim) =>
          claim.prediction !== null && claim.turnId === item.turnId && claim.quote === item.quote,
      );
      if (clash) {
        this.problems.push({
          file: '(corpus)',
          line: 0,
          field: 'excluded',
          message: `"${clip(item.quote)}" is both excluded and the prediction ${clash.id}`,
        });
      }
    }
    for (const claim of this.claims)
      claim.attributionDoubtIds = doubtsOf(claim, this.discrepancies);
    const speakerOf = new Map(this.claims.map((claim) => [claim.id, claim.speakerId]));
    for (const relation of this.claimRelations) {
      if (
        relation.type === 'endorses' &&
        speakerOf.get(relation.from) === speakerOf.get(relation.to)
      ) {
        this.problems.push({
          file: '(corpus)',
          line: 0,
          field: 'relations',
          message: `${relation.from} endorses ${relation.to}, a claim by the same speaker; use supports`,
        });
      }
    }
  }

  result(): ValidationResult {
    const { problems, warnings, entities, mentions, entityRelations, claims } = this;
    const { claimRelations, noteLinks, discrepancies, excluded, topics } = this;
    if (problems.length > 0) return { ok: false, problems, warnings };
    return {
      ok: true,
      corpus: {
        episodes: this.episodes,
        entities: [...entities.values()].map(({ episodeId: _e, where: _w, ...row }) => row),
        mentions,
        entityRelations: mergeRelations(entityRelations),
        claims,
        claimRelations: dedupe(claimRelations, (r) => `${r.from}|${r.type}|${r.to}`),
        noteLinks: dedupe(noteLinks, (r) => `${r.noteId}|${r.entityId}`),
        discrepancies,
        excluded: dedupe(excluded, (r) => r.id),
        topics: [...topics].sort(),
      },
      warnings,
    };
  }

  private entityExists(file: LocatedAnnotationFile, parts: Parts, id: string): boolean {
    if (this.entities.has(id)) return true;
    this.at(file, parts, `unknown entity "${id}"`);
    return false;
  }

  private turnOf(
    file: LocatedAnnotationFile,
    episode: Episode,
    parts: Parts,
    localId: string,
  ): Turn | undefined {
    const turn = this.turnIndex.get(`${episode.id}#${localId}`);
    if (turn === undefined) {
      this.at(
        file,
        parts,
        `unknown turn "${localId}"; this episode has t001 to t${String(episode.turns.length).padStart(3, '0')}`,
      );
    }
    return turn;
  }
}

/**
 * Attribution doubts a claim rests on: a doubt covers its span of text in its own turn (claims
 * whose quote overlaps it) and the whole of each further turn it names.
 */
function doubtsOf(claim: ClaimRow, discrepancies: DiscrepancyRow[]): string[] {
  return discrepancies
    .filter(
      (item) =>
        item.kind === 'attribution' &&
        (item.turnId === claim.turnId
          ? item.start !== null &&
            item.end !== null &&
            claim.start < item.end &&
            item.start < claim.end
          : item.turnIds.includes(claim.turnId)),
    )
    .map((item) => item.id);
}

/** Hedges and bucket agree with the table in src/domain/confidence-table.ts, or say why not. */
function checkConfidence(
  file: LocatedAnnotationFile,
  parts: (string | number)[],
  prediction: PredictionAnnotation,
  warn: At,
): void {
  const { hedges = [], bucket, override } = prediction.confidence;
  if (override !== undefined) return;
  const reading = bucketFor(hedges);
  if (!reading.ok) {
    warn(
      file,
      [...parts, 'hedges'],
      `hedge(s) not in the table (seed/README.md): ${reading.unknown.map((h) => `"${h}"`).join(', ')}; add them to the table or give an override`,
    );
  } else if (reading.bucket !== bucket) {
    warn(
      file,
      [...parts, 'bucket'],
      `the hedge table gives ${reading.bucket} for ${hedges.length === 0 ? 'no hedge' : hedges.map((h) => `"${h}"`).join(', ')}, not ${bucket}; re-bucket or give an override`,
    );
  }
}

/** Dates never precede the air date, windows run forward, and spoken horizons agree with them. */
function checkPrediction(
  file: LocatedAnnotationFile,
  parts: (string | number)[],
  airDate: string,
  turn: Turn,
  prediction: PredictionAnnotation,
  at: At,
): void {
  const dates: [string, string][] = [];
  if (prediction.due !== undefined) dates.push(['due', prediction.due]);
  if (prediction.window) {
    dates.push(['window.from', prediction.window.from], ['window.to', prediction.window.to]);
  }
  for (const [name, value] of dates) {
    if (!isCalendarDate(value))
      at(file, [...parts, ...name.split('.')], `"${value}" is not a calendar date`);
    else if (value < airDate) {
      at(file, [...parts, ...name.split('.')], `${value} is before the air date ${airDate}`);
    }
  }
  if (prediction.window && prediction.window.from > prediction.window.to) {
    at(
      file,
      [...parts, 'window'],
      `window runs backwards: ${prediction.window.from} > ${prediction.window.to}`,
    );
  }
  const horizon = (prediction.horizon ?? '').toLowerCase();
  const year = Number(airDate.slice(0, 4));
  const first = prediction.due ?? prediction.window?.from;
  const last = prediction.due ?? prediction.window?.to;
  if (/end of (this|the) year/.test(horizon) && first !== undefined && first !== `${year}-12-31`) {
    at(
      file,
      [...parts, prediction.due ? 'due' : 'window'],
      `"${prediction.horizon}" said on ${airDate} means ${year}-12-31, not ${first}`,
    );
  }
  if (
    /this time next year/.test(horizon) &&
    last !== undefined &&
    last !== `${year + 1}${airDate.slice(4)}`
  ) {
    at(
      file,
      [...parts, prediction.due ? 'due' : 'window'],
      `"${prediction.horizon}" said on ${airDate} means ${year + 1}${airDate.slice(4)}, not ${last}`,
    );
  }
  if (/^eventually\b/.test(horizon) && first !== undefined) {
    at(file, [...parts, 'horizon'], '"eventually" gives no due date; remove due/window');
  }
  if (prediction.conditional === false && (prediction.conditions ?? []).length > 0) {
    at(file, [...parts, 'conditional'], 'conditions are given, so the prediction is conditional');
  }
  if (prediction.conditional === true && (prediction.conditions ?? []).length === 0) {
    at(file, [...parts, 'conditions'], 'a conditional prediction needs its conditions');
  }
  if (dates.length > 0 && prediction.resolutionCriteria === undefined) {
    at(
      file,
      [...parts, 'resolutionCriteria'],
      'a dated prediction needs resolutionCriteria: what would make it CORRECT, INCORRECT or PARTIALLY_CORRECT',
    );
  }
  const lower = turn.text.toLowerCase();
  (prediction.confidence.hedges ?? []).forEach((hedge, j) => {
    if (!lower.includes(hedge.toLowerCase())) {
      at(
        file,
        [...parts, 'confidence', 'hedges', j],
        `hedge "${hedge}" is not spoken in ${turn.localId}`,
      );
    }
  });
}

/** Start offsets of every occurrence of `form` in `text`. */
export function occurrences(text: string, form: string): number[] {
  const found: number[] = [];
  if (form === '') return found;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
    found.push(at);
  }
  return found;
}

/** One row per relation, with every episode that states it. */
function mergeRelations(rows: EntityRelationRow[]): EntityRelationRow[] {
  const merged = new Map<string, EntityRelationRow>();
  for (const row of rows) {
    const key = `${row.from}|${row.type}|${row.to}`;
    const seen = merged.get(key);
    if (seen === undefined) merged.set(key, { ...row, definedIn: [...row.definedIn] });
    else {
      seen.role = row.role ?? seen.role;
      for (const episodeId of row.definedIn) {
        if (!seen.definedIn.includes(episodeId)) seen.definedIn.push(episodeId);
      }
    }
  }
  return [...merged.values()];
}

function dedupe<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const row of rows) if (!seen.has(key(row))) seen.set(key(row), row);
  return [...seen.values()];
}

function clip(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}
