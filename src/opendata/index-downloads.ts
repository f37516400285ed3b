import {
  browseRepository,
  EPISODE_ORDERS,
  SPEAKER_ORDERS,
  type EpisodeOrder,
  type SpeakerOrder,
} from '../db/browse/browse-repository';
import type { Database } from '../db/database';
import type { Page } from '../db/shared/models';
import type { PageRequest } from '../db/shared/pagination';
import {
  ENTITY_ORDERS,
  entityRepository,
  type EntityOrder,
} from '../db/entities/entity-repository';
import { graphqlEnumName } from '../domain/vocabulary';
import { MAX_DOWNLOAD_ROWS } from './claim-filters';
import type { DownloadRecord } from './claim-rows';
import type { RecordStream } from './downloads';
import { keyOf, optionalKeyOf } from './ids';
import { openPages } from './keyset-download';
import { Params, type RawQuery } from './params';
import type { Site } from './site';

/**
 * The index pages' downloads: /export/people.csv, /export/entities.csv, /export/episodes.csv (and
 * .json), with the filters and orders of `speakers`, `entities` and `episodeList`, so the CSV
 * link of an index page holds what the page lists, in its order.
 */

function window(params: Params, maxRows: number) {
  const limit = params.integer('limit', 1, maxRows);
  return {
    after: params.text('after', 1000),
    limit: limit ?? maxRows,
    limitGiven: limit !== null,
  };
}

/**
 * An index download: the window the parameters ask for, then every page `read` gives, each
 * turned into records by `toRecords` as it is taken.
 */
async function indexDownload<T>(
  params: Params,
  maxRows: number,
  columns: readonly string[],
  read: (request: PageRequest) => Promise<Page<T>>,
  toRecords: (rows: T[]) => DownloadRecord[] | Promise<DownloadRecord[]>,
): Promise<RecordStream> {
  const options = window(params, maxRows);
  params.finish();
  const download = await openPages(read, options);
  async function* pages() {
    for await (const rows of download.pages) yield await toRecords(rows);
  }
  return { total: download.total, columns, pages: pages() };
}

export const PEOPLE_COLUMNS = [
  'key',
  'name',
  'url',
  'episodes',
  'predictions',
  'brierScore',
] as const;

export async function peopleDownload(
  db: Database,
  raw: RawQuery,
  site: Site,
  maxRows = MAX_DOWNLOAD_ROWS,
): Promise<RecordStream> {
  const params = new Params(raw);
  const query = {
    name: params.text('name'),
    role: params.enumList('role', 'SpeakerRole')?.[0] ?? null,
    episodeId: optionalKeyOf(params.text('episodeId'), ['Episode'], 'episodeId'),
  };
  const order: SpeakerOrder =
    params.choice('orderBy', Object.keys(SPEAKER_ORDERS) as SpeakerOrder[]) ?? 'NAME_ASC';
  return indexDownload(
    params,
    maxRows,
    PEOPLE_COLUMNS,
    (w) => browseRepository.speakers(db, query, w, order),
    (people) =>
      people.map((person) => ({
        key: person.id,
        name: person.name,
        url: site.person(person.id),
        episodes: person.stats.episodes,
        predictions: person.stats.predictions,
        brierScore: person.stats.brierScore,
      })),
  );
}

export const EPISODE_COLUMNS = [
  'key',
  'title',
  'airDate',
  'url',
  'speakers',
  'turns',
  'claims',
  'predictions',
  'timedTurns',
  'hasMedia',
  'annotations',
] as const;

export async function episodesDownload(
  db: Database,
  raw: RawQuery,
  site: Site,
  maxRows = MAX_DOWNLOAD_ROWS,
): Promise<RecordStream> {
  const params = new Params(raw);
  const speaker = params.text('speaker');
  const query = {
    text: params.text('text'),
    speaker: speaker === null ? null : keyOf(speaker, ['Person', 'Entity'], 'speaker'),
  };
  const order: EpisodeOrder =
    params.choice('orderBy', Object.keys(EPISODE_ORDERS) as EpisodeOrder[]) ?? 'AIR_DATE_DESC';
  return indexDownload(
    params,
    maxRows,
    EPISODE_COLUMNS,
    (w) => browseRepository.episodes(db, query, w, order),
    (episodes) =>
      episodes.map((episode) => ({
        key: episode.id,
        title: episode.title,
        airDate: episode.airDate,
        url: site.episode(episode.id),
        speakers: episode.stats.speakers,
        turns: episode.turnCount,
        claims: episode.stats.claims,
        predictions: episode.stats.predictions,
        timedTurns: episode.stats.timedTurns,
        hasMedia: episode.stats.hasMedia,
        annotations: site.annotations(episode.id),
      })),
  );
}

export const ENTITY_COLUMNS = [
  'key',
  'name',
  'type',
  'url',
  'description',
  'year',
  'mentions',
  'claims',
  'citedBy',
  'externalIds',
] as const;

export async function entitiesDownload(
  db: Database,
  raw: RawQuery,
  site: Site,
  maxRows = MAX_DOWNLOAD_ROWS,
): Promise<RecordStream> {
  const params = new Params(raw);
  const citedBy = params.text('citedBy');
  const query = {
    types: params.enumList('types', 'EntityType'),
    name: params.text('name'),
    episodeId: optionalKeyOf(params.text('episodeId'), ['Episode'], 'episodeId'),
    citedBy: citedBy === null ? null : keyOf(citedBy, ['Person', 'Entity'], 'citedBy'),
  };
  const order: EntityOrder =
    params.choice('orderBy', Object.keys(ENTITY_ORDERS) as EntityOrder[]) ?? 'CITATIONS_DESC';
  return indexDownload(
    params,
    maxRows,
    ENTITY_COLUMNS,
    (w) => entityRepository.page(db, query, w, order),
    async (entities) => {
      const stats = await browseRepository.entityStats(
        db,
        entities.map((entity) => entity.id),
      );
      return entities.map((entity, i): DownloadRecord => {
        const found = stats[i];
        return {
          key: entity.id,
          name: entity.name,
          type: graphqlEnumName(entity.type),
          url: site.entity(entity.id),
          description: entity.description,
          year: entity.year,
          mentions: found?.mentions ?? 0,
          claims: found?.claims ?? 0,
          citedBy: (found?.citedBy ?? []).map((citer) => `${citer.name} (${citer.count})`),
          externalIds: entity.externalIds,
        };
      });
    },
  );
}
