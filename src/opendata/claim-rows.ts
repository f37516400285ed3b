import type { EntityRef } from '../db/opendata/opendata-repository';
import { graphqlEnumName } from '../domain/vocabulary';
import type { ClaimRow } from './claim-pages';
import type { Site } from './site';

/**
 * One prediction or claim as a record of a download. JSON lines carry these objects as they
 * are; CSV flattens them (csvRecord). Enum values are the API's names (PREDICTION,
 * ALMOST_CERTAIN), dates YYYY-MM-DD, times seconds into the episode's media.
 */
export type Cell = string | number | boolean | null;
export type RecordValue = Cell | string[] | AboutRef[];
export type DownloadRecord = Record<string, RecordValue>;

export interface AboutRef {
  key: string;
  name: string;
  type: string;
}

/** Columns of /export/predictions.csv, in order (the JSON lines carry the same keys). */
export const PREDICTION_COLUMNS = [
  'key',
  'url',
  'speaker',
  'speakerKey',
  'attributedTo',
  'quote',
  'paraphrase',
  'horizon',
  'dueDate',
  'windowFrom',
  'windowTo',
  'deadline',
  'confidenceBucket',
  'probability',
  'hedges',
  'conditional',
  'conditions',
  'status',
  'resolvedAt',
  'evidenceUrl',
  'resolutionCriteria',
  'topics',
  'about',
  'episode',
  'episodeTitle',
  'airDate',
  'turn',
  'turnPosition',
  'startTime',
  'endTime',
] as const;

/** Columns of /export/claims.csv, in order. */
export const CLAIM_COLUMNS = [
  'key',
  'url',
  'kind',
  'speaker',
  'speakerKey',
  'attributedTo',
  'quote',
  'paraphrase',
  'topics',
  'about',
  'episode',
  'episodeTitle',
  'airDate',
  'turn',
  'turnPosition',
  'quoteStart',
  'quoteEnd',
  'startTime',
  'endTime',
  'annotation',
] as const;

function aboutOf(about: EntityRef[]): AboutRef[] {
  return about.map((entity) => ({
    key: entity.id,
    name: entity.name,
    type: graphqlEnumName(entity.type),
  }));
}

/** Whose view the words report: the person's name, or the unnamed group as annotated. */
function attributedTo({ claim, details }: ClaimRow): string | null {
  return details.attributedToName ?? claim.attributedToGroup ?? claim.attributedToId ?? null;
}

function common({ claim, details }: ClaimRow): DownloadRecord {
  return {
    speaker: details.speakerName ?? claim.speakerId,
    speakerKey: claim.speakerId,
    attributedTo: attributedTo({ claim, details }),
    quote: claim.quote,
    paraphrase: claim.paraphrase,
    topics: claim.topics,
    about: aboutOf(details.about),
    episode: claim.episodeId,
    episodeTitle: details.episodeTitle,
    airDate: details.airDate,
    turn: claim.turnId,
    turnPosition: details.turnPosition,
    startTime: details.startTime,
    endTime: details.endTime,
  };
}

export function predictionRecord(row: ClaimRow, site: Site): DownloadRecord {
  const { claim, details } = row;
  const resolved = details.resolution?.action === 'RESOLVE' ? details.resolution : null;
  const record: DownloadRecord = {
    ...common(row),
    key: claim.id,
    url: site.prediction(claim.id),
    horizon: claim.horizon,
    dueDate: claim.dueDate,
    windowFrom: claim.windowStart,
    windowTo: claim.windowEnd,
    deadline: claim.deadline,
    confidenceBucket: claim.confidenceBucket ? graphqlEnumName(claim.confidenceBucket) : null,
    probability: claim.probability,
    hedges: claim.hedges,
    conditional: claim.conditional,
    conditions: claim.conditions,
    status: claim.status ?? 'OPEN',
    resolvedAt: resolved?.resolvedAt ?? null,
    evidenceUrl: resolved?.evidenceUrl ?? null,
    resolutionCriteria: claim.resolutionCriteria,
  };
  return ordered(record, PREDICTION_COLUMNS);
}

export function claimRecord(row: ClaimRow, site: Site): DownloadRecord {
  const { claim } = row;
  const record: DownloadRecord = {
    ...common(row),
    key: claim.id,
    url: claim.isPrediction ? site.prediction(claim.id) : site.episode(claim.episodeId),
    kind: graphqlEnumName(claim.kind),
    quoteStart: claim.start,
    quoteEnd: claim.end,
    annotation: site.annotation(claim.id),
  };
  return ordered(record, CLAIM_COLUMNS);
}

function ordered(record: DownloadRecord, columns: readonly string[]): DownloadRecord {
  return Object.fromEntries(columns.map((column) => [column, record[column] ?? null]));
}

/**
 * A record as one CSV row: lists joined with "; " (entities by name, with their keys in
 * aboutKeys), everything else as it is; an empty cell for null.
 */
export function csvRecord(record: DownloadRecord): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [column, value] of Object.entries(record)) {
    if (Array.isArray(value)) {
      out[column] = value.map((item) => (typeof item === 'string' ? item : item.name)).join('; ');
      if (column === 'about') {
        out.aboutKeys = value
          .map((item) => (typeof item === 'string' ? item : item.key))
          .join('; ');
      }
    } else {
      out[column] = value;
    }
  }
  return out;
}

/** CSV header: the record's columns, with aboutKeys after about. */
export function csvColumns(columns: readonly string[]): string[] {
  return columns.flatMap((column) => (column === 'about' ? ['about', 'aboutKeys'] : [column]));
}
