import type { Database } from '../database';
import { singleRow, type KeyedRow } from '../shared/batch';
import { toPage, windowParams } from '../shared/keyset';
import { nameLookup } from '../shared/name-lookup';
import type { EntityModel, EpisodeModel, Page } from '../shared/models';
import { openWindow, type PageRequest } from '../shared/pagination';
import * as cypher from './browse-cypher';

export {
  EPISODE_ORDERS,
  SPEAKER_ORDERS,
  type EpisodeOrder,
  type SpeakerOrder,
} from './browse-cypher';

export interface SpeakerStats {
  episodes: number;
  predictions: number;
  brierScore: number | null;
}

export interface EpisodeStats {
  claims: number;
  predictions: number;
  timedTurns: number;
  hasMedia: boolean;
  /** Speakers' names, host first. */
  speakers: string[];
}

export interface EntityStats {
  mentions: number;
  claims: number;
  citedBy: { name: string; key: string; count: number }[];
}

export type SpeakerRow = EntityModel & { stats: SpeakerStats };
export type EpisodeRow = EpisodeModel & { stats: EpisodeStats };

export interface SpeakerQuery {
  name: string | null;
  role: string | null;
  episodeId: string | null;
}

export interface EpisodeQuery {
  text: string | null;
  speaker: string | null;
}

interface StatRow<T, S> extends KeyedRow<T> {
  stats: S;
}

function withStats<T, S>(rows: StatRow<T, S>[]): KeyedRow<T & { stats: S }>[] {
  return rows.map((row) => ({ node: { ...row.node, stats: row.stats }, key: row.key }));
}

/** The index pages' lists: speakers and episodes with their figures, and entities' figures. */
export const browseRepository = {
  async speakers(
    db: Database,
    query: SpeakerQuery,
    request: PageRequest,
    order: cypher.SpeakerOrder,
  ): Promise<Page<SpeakerRow>> {
    const window = openWindow(`speakers/${order}`, cypher.SPEAKER_ORDERS[order].length, request);
    const given = (Object.keys(cypher.SPEAKER_FILTERS) as cypher.SpeakerFilterName[]).filter(
      (name) => query[name] !== null,
    );
    const [row] = await db.read<{
      totalCount: number | null;
      rows: StatRow<EntityModel, SpeakerStats>[];
    }>(
      cypher.speakerPage(given, order, {
        backward: window.backward,
        seek: window.seek !== null,
        withCount: window.withCount,
      }),
      { ...query, name: query.name?.toLowerCase() ?? null, ...windowParams(window) },
    );
    return toPage(
      window,
      withStats(row?.rows ?? []),
      row?.totalCount ?? (window.withCount ? 0 : null),
    );
  },

  async episodes(
    db: Database,
    query: EpisodeQuery,
    request: PageRequest,
    order: cypher.EpisodeOrder,
  ): Promise<Page<EpisodeRow>> {
    const window = openWindow(`episodeList/${order}`, cypher.EPISODE_ORDERS[order].length, request);
    const given = (Object.keys(cypher.EPISODE_FILTERS) as cypher.EpisodeFilterName[]).filter(
      (name) => query[name] !== null,
    );
    const [row] = await db.read<{
      totalCount: number | null;
      rows: StatRow<EpisodeModel, EpisodeStats>[];
    }>(
      cypher.episodePage(given, order, {
        backward: window.backward,
        seek: window.seek !== null,
        withCount: window.withCount,
      }),
      {
        text: query.text?.toLowerCase() ?? null,
        ...nameLookup.params('speaker', query.speaker),
        ...windowParams(window),
      },
    );
    return toPage(
      window,
      withStats(row?.rows ?? []),
      row?.totalCount ?? (window.withCount ? 0 : null),
    );
  },

  async episodeStats(db: Database, ids: readonly string[]): Promise<(EpisodeStats | null)[]> {
    return singleRow<EpisodeStats>(db, cypher.EPISODE_STATS_BY_ID, ids);
  },

  async entityStats(db: Database, ids: readonly string[]): Promise<(EntityStats | null)[]> {
    return singleRow<EntityStats>(db, cypher.ENTITY_STATS_BY_ID, ids);
  },
};
