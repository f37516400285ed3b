import { createHash } from 'node:crypto';

import { CONFIDENCE_BUCKETS } from '../../domain/vocabulary';
import type {
  ClaimRelationRow,
  ClaimRow,
  Corpus,
  DiscrepancyRow,
  EntityRelationRow,
  ExclusionRow,
  MentionRow,
  NoteLinkRow,
  PredictionRow,
} from '../../domain/corpus';
import type { Episode } from '../../domain/transcript';
import type {
  ClaimAnnotation,
  DiscrepancyAnnotation,
  PredictionAnnotation,
} from '../annotations/annotation-types';
import type { LocatedAnnotationFile } from '../annotations/read-annotation-file';
import type { CorpusContext } from './corpus-context';
import { quoteStart } from './rules/locate-quote';
import { placeDiscrepancy } from './rules/place-discrepancy';
import { occurrences } from './rules/text';

/**
 * What the files yield, row by row, before duplicates are merged: everything that could be
 * located, whether or not a rule found fault elsewhere (the corpus rules read these rows).
 */
export interface CorpusRows {
  mentions: MentionRow[];
  entityRelations: EntityRelationRow[];
  claims: ClaimRow[];
  claimRelations: ClaimRelationRow[];
  noteLinks: NoteLinkRow[];
  discrepancies: DiscrepancyRow[];
  excluded: ExclusionRow[];
  topics: Set<string>;
  /** The premises claims state, with the full ids of the turns they govern. */
  premises: PremiseRow[];
}

/** A premise a claim states (`If we're living in this world`) and the turns it conditions. */
export interface PremiseRow {
  claimId: string;
  episodeId: string;
  text: string;
  governs: string[];
}

/** The rows of every file whose episode is known, in file order. */
export function buildRows(context: CorpusContext, files: LocatedAnnotationFile[]): CorpusRows {
  const rows: CorpusRows = {
    mentions: [],
    entityRelations: [],
    claims: [],
    claimRelations: [],
    noteLinks: [],
    discrepancies: [],
    excluded: [],
    topics: new Set(),
    premises: [],
  };
  for (const file of files) {
    const episode = context.episode(file.data.episode);
    if (episode !== undefined) addFileRows(context, file, episode, rows);
  }
  const doubts = attributionDoubtsByTurn(rows.discrepancies);
  for (const claim of rows.claims) {
    claim.attributionDoubtIds = doubtsOf(claim, doubts.get(claim.turnId) ?? []);
  }
  return rows;
}

function addFileRows(
  context: CorpusContext,
  file: LocatedAnnotationFile,
  episode: Episode,
  rows: CorpusRows,
): void {
  const { data } = file;
  for (const entity of data.entities ?? []) {
    for (const mention of entity.mentions ?? []) {
      const turn = context.turn(episode, mention.turn);
      if (turn === undefined) continue;
      const found = occurrences(turn.text, mention.form);
      const chosen =
        mention.occurrence === undefined
          ? found
          : found.slice(mention.occurrence - 1, mention.occurrence);
      for (const start of chosen) {
        rows.mentions.push({
          episodeId: episode.id,
          turnId: turn.id,
          entityId: entity.id,
          form: mention.form,
          start,
          end: start + mention.form.length,
          mentionOnly: mention.mentionOnly === true,
        });
      }
    }
  }
  for (const relation of data.entityRelations ?? []) {
    const known = context.entity(relation.from) && context.entity(relation.to);
    if (known && relation.from !== relation.to) {
      rows.entityRelations.push({
        from: relation.from,
        type: relation.type,
        to: relation.to,
        role: relation.role ?? null,
        definedIn: [episode.id],
      });
    }
  }
  for (const claim of data.claims ?? []) addClaimRows(context, episode, claim, rows);
  for (const link of data.notes ?? []) {
    const note = episode.notes.find((candidate) => candidate.number === link.note);
    if (note === undefined) continue;
    for (const id of link.explains) {
      if (context.entity(id)) rows.noteLinks.push({ noteId: note.id, entityId: id });
    }
  }
  for (const item of data.discrepancies ?? []) addDiscrepancyRow(context, episode, item, rows);
  for (const item of data.excluded ?? []) {
    const turn = context.turn(episode, item.turn);
    if (turn === undefined) continue;
    const start = quoteStart(turn.text, item.quote, item.occurrence);
    if (start < 0) continue;
    rows.excluded.push({
      id: exclusionId(turn.id, start, item.quote),
      episodeId: episode.id,
      turnId: turn.id,
      quote: item.quote,
      start,
      end: start + item.quote.length,
      reason: item.reason,
    });
  }
}

function addClaimRows(
  context: CorpusContext,
  episode: Episode,
  claim: ClaimAnnotation,
  rows: CorpusRows,
): void {
  for (const relation of claim.relations ?? []) {
    if (context.claimDefinedAt(relation.target) !== undefined && relation.target !== claim.id) {
      rows.claimRelations.push({ from: claim.id, type: relation.type, to: relation.target });
    }
  }
  for (const topic of claim.topics ?? []) rows.topics.add(topic);
  const governs = claim.premise?.governs.flatMap((localId) => {
    const governed = context.turn(episode, localId);
    return governed === undefined ? [] : [governed.id];
  });
  if (claim.premise !== undefined && governs !== undefined) {
    rows.premises.push({
      claimId: claim.id,
      episodeId: episode.id,
      text: claim.premise.text,
      governs,
    });
  }
  const settledIn = claim.prediction?.resolvedInEpisode?.turn;
  const settling = settledIn === undefined ? undefined : context.turn(episode, settledIn);
  const row = claimRow(claim, episode, context.turn(episode, claim.turn), settling, governs);
  if (row !== undefined) rows.claims.push(row);
}

/**
 * One claim as the graph stores it, with the offsets of its quote in its turn; undefined when
 * the turn or the quote cannot be found. The importer and a service editing one claim share it.
 * `settling` is the turn the episode settles the prediction in (resolvedInEpisode), if it has one;
 * `governs`, the full ids of the turns the claim's premise governs (the row needs them global).
 */
export function claimRow(
  claim: ClaimAnnotation,
  episode: Pick<Episode, 'id'> & { airDate?: string },
  turn: { id: string; text: string; speakerId: string } | undefined,
  settling?: { id: string },
  governs: string[] = [],
): ClaimRow | undefined {
  if (turn === undefined) return undefined;
  const speakerId = claim.speaker ?? turn.speakerId;
  const start = quoteStart(turn.text, claim.quote, claim.occurrence);
  if (start < 0) return undefined;
  const { attributedTo: attributed, prediction } = claim;
  return {
    id: claim.id,
    episodeId: episode.id,
    turnId: turn.id,
    speakerId,
    attributedToId: attributed !== undefined && 'person' in attributed ? attributed.person : null,
    attributedToGroup: attributed !== undefined && 'group' in attributed ? attributed.group : null,
    // Quotation marks in a transcript prove nothing: a report is a paraphrase unless known verbatim.
    attributedWording: attributed === undefined ? null : (attributed.wording ?? 'paraphrase'),
    attributionDoubtIds: [],
    quote: claim.quote,
    start,
    end: start + claim.quote.length,
    paraphrase: claim.paraphrase ?? null,
    kind: claim.kind,
    topics: claim.topics ?? [],
    about: claim.about ?? [],
    ...reviewOf(claim),
    prediction: prediction ? predictionRow(prediction, settling, episode.airDate ?? null) : null,
    premiseText: claim.premise?.text ?? null,
    premiseGoverns: claim.premise === undefined ? null : governs,
  };
}

/** The row of a prediction; `settling` is the turn the episode settles it in, if any. */
function predictionRow(
  prediction: PredictionAnnotation,
  settling: { id: string } | undefined,
  airDate: string | null,
): PredictionRow {
  const settled = prediction.resolvedInEpisode;
  return {
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
    resolutionSource: prediction.resolutionSource ?? null,
    windowReason: prediction.windowReason ?? null,
    unresolvable: prediction.unresolvable ?? null,
    madeBeforeEpisode: prediction.madeBeforeEpisode ?? false,
    // The episode itself is the evidence, so it is resolved on the day it aired.
    episodeResolution:
      settled !== undefined && settling !== undefined && airDate !== null
        ? {
            turnId: settling.id,
            quote: settled.quote,
            status: EPISODE_STATUSES[settled.status],
            explanation: settled.explanation,
            resolvedAt: airDate,
          }
        : null,
  };
}

const EPISODE_STATUSES = {
  correct: 'CORRECT',
  'partially-correct': 'PARTIALLY_CORRECT',
  incorrect: 'INCORRECT',
} as const;

function addDiscrepancyRow(
  context: CorpusContext,
  episode: Episode,
  item: DiscrepancyAnnotation,
  rows: CorpusRows,
): void {
  const place = placeDiscrepancy(item, episode, (localId) => context.turn(episode, localId));
  if (place.found === 'missing') return;
  const turnIds = place.found === 'turn' ? [place.turn.id] : [];
  for (const localId of item.turns ?? []) {
    const further = context.turn(episode, localId);
    if (further !== undefined && !turnIds.includes(further.id)) turnIds.push(further.id);
  }
  const start = place.found === 'turn' ? place.start : null;
  rows.discrepancies.push({
    id: item.id,
    episodeId: episode.id,
    turnId: place.found === 'turn' ? place.turn.id : null,
    turnIds,
    noteId: place.found === 'note' ? place.note.id : null,
    text: item.text,
    start,
    end: start === null ? null : start + item.text.length,
    correct: item.correct,
    entityId: item.entity ?? null,
    kind: item.kind,
    explanation: item.explanation,
  });
}

/** The corpus ready to import: rows merged and deduplicated, entities with their forms. */
export function assembleCorpus(context: CorpusContext, rows: CorpusRows): Corpus {
  const forms = new Map<string, string[]>();
  for (const mention of rows.mentions) {
    const seen = forms.get(mention.entityId) ?? [];
    if (!seen.includes(mention.form)) seen.push(mention.form);
    forms.set(mention.entityId, seen);
  }
  return {
    episodes: [...context.episodes],
    entities: context.definedEntities().map(({ episodeId: _e, where: _w, ...row }) => ({
      ...row,
      surfaceForms: forms.get(row.id) ?? [],
    })),
    mentions: rows.mentions,
    entityRelations: mergeRelations(rows.entityRelations),
    claims: rows.claims,
    claimRelations: dedupe(rows.claimRelations, (r) => `${r.from}|${r.type}|${r.to}`),
    noteLinks: dedupe(rows.noteLinks, (r) => `${r.noteId}|${r.entityId}`),
    discrepancies: rows.discrepancies,
    excluded: dedupe(rows.excluded, (r) => r.id),
    topics: [...rows.topics].sort(),
  };
}

/**
 * Attribution doubts a claim rests on: a doubt covers its span of text in its own turn (claims
 * whose quote overlaps it) and the whole of each further turn it names.
 */
function doubtsOf(claim: ClaimRow, discrepancies: DiscrepancyRow[]): string[] {
  return discrepancies
    .filter((item) =>
      item.turnId === claim.turnId
        ? item.start !== null &&
          item.end !== null &&
          claim.start < item.end &&
          item.start < claim.end
        : item.turnIds.includes(claim.turnId),
    )
    .map((item) => item.id);
}

/**
 * Attribution discrepancies by every turn they concern, in file order, so each claim looks only
 * at its own turn's (scanning all of them per claim made a large corpus quadratic).
 */
function attributionDoubtsByTurn(discrepancies: DiscrepancyRow[]): Map<string, DiscrepancyRow[]> {
  const byTurn = new Map<string, DiscrepancyRow[]>();
  for (const item of discrepancies) {
    if (item.kind !== 'attribution') continue;
    const turns = new Set([...(item.turnId === null ? [] : [item.turnId]), ...item.turnIds]);
    for (const turnId of turns) byTurn.set(turnId, [...(byTurn.get(turnId) ?? []), item]);
  }
  return byTurn;
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

/** A stable id for an exclusion: its turn, where the quote starts, and a digest of it. */
export function exclusionId(turnId: string, start: number, quote: string): string {
  const digest = createHash('sha256').update(quote).digest('hex').slice(0, 8);
  return `${turnId}#x${start}-${digest}`;
}

type ReviewColumns =
  | 'reviewState'
  | 'reviewedBy'
  | 'reviewedAt'
  | 'reviewNote'
  | 'retractedBy'
  | 'retractedAt'
  | 'retractionReason';

/** The review columns of a claim row: no review field means accepted. */
function reviewOf(claim: ClaimAnnotation): Pick<ClaimRow, ReviewColumns> {
  const state = claim.review?.state ?? 'accepted';
  return {
    reviewState: state === 'draft' ? 'DRAFT' : state === 'rejected' ? 'REJECTED' : 'ACCEPTED',
    reviewedBy: claim.review?.by ?? null,
    reviewedAt: instant(claim.review?.at),
    reviewNote: claim.review?.note ?? null,
    retractedBy: claim.retracted?.by ?? null,
    retractedAt: instant(claim.retracted?.at),
    retractionReason: claim.retracted?.reason ?? null,
  };
}

/**
 * A review time in one spelling (UTC, milliseconds), so that a file and its export, which reads
 * the time back from the graph, give the same rows and the same content hash. The schema has
 * checked the pattern already; the graph keeps no finer time than the workbench writes.
 */
export function instant(at: string | undefined): string | null {
  return at === undefined ? null : new Date(at).toISOString();
}
