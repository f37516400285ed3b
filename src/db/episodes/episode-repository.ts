import type { Database } from '../database';
import { grouped, groupedRows, pagesPerKey, single, singleRow } from '../shared/batch';
import type {
  AppearanceModel,
  DiscrepancyModel,
  EpisodeModel,
  NoteModel,
  Page,
  SectionModel,
  TurnModel,
} from '../shared/models';
import { openWindow, type PageRequest } from '../shared/pagination';
import * as cypher from './episode-cypher';

/** Episodes and what hangs off them: sections, turns, notes, discrepancies, appearances. */
export const episodeRepository = {
  async byIds(db: Database, ids: readonly string[]): Promise<(EpisodeModel | null)[]> {
    return singleRow<EpisodeModel>(db, cypher.EPISODES_BY_ID, ids);
  },
  async list(db: Database, first: number): Promise<EpisodeModel[]> {
    return (await db.read<{ row: EpisodeModel }>(cypher.LIST_EPISODES, { first })).map(
      (r) => r.row,
    );
  },
  async appearancesByEpisode(db: Database, ids: readonly string[]): Promise<AppearanceModel[][]> {
    return groupedRows<AppearanceModel>(db, cypher.APPEARANCES_BY_EPISODE, ids);
  },
  async appearancesByPerson(db: Database, ids: readonly string[]): Promise<AppearanceModel[][]> {
    return groupedRows<AppearanceModel>(db, cypher.APPEARANCES_BY_PERSON, ids);
  },
  async sectionsByIds(db: Database, ids: readonly string[]): Promise<(SectionModel | null)[]> {
    return singleRow<SectionModel>(db, cypher.SECTIONS_BY_ID, ids);
  },
  async sectionsByEpisode(db: Database, ids: readonly string[]): Promise<SectionModel[][]> {
    return groupedRows<SectionModel>(db, cypher.SECTIONS_BY_EPISODE, ids);
  },
  async turnsByIds(db: Database, ids: readonly string[]): Promise<(TurnModel | null)[]> {
    return singleRow<TurnModel>(db, cypher.TURNS_BY_ID, ids);
  },
  async turnTexts(db: Database, ids: readonly string[]): Promise<(string | null)[]> {
    return singleRow<string>(db, cypher.TURN_TEXTS, ids);
  },
  async turnsBySection(db: Database, ids: readonly string[]): Promise<TurnModel[][]> {
    return groupedRows<TurnModel>(db, cypher.TURNS_BY_SECTION, ids);
  },
  async notesByEpisode(db: Database, ids: readonly string[]): Promise<NoteModel[][]> {
    return groupedRows<NoteModel>(db, cypher.NOTES_BY_EPISODE, ids);
  },
  async notesByIds(db: Database, ids: readonly string[]): Promise<(NoteModel | null)[]> {
    return singleRow<NoteModel>(db, cypher.NOTES_BY_ID, ids);
  },
  async notesByEntity(db: Database, ids: readonly string[]): Promise<NoteModel[][]> {
    return groupedRows<NoteModel>(db, cypher.NOTES_BY_ENTITY, ids);
  },
  async noteExplains(db: Database, ids: readonly string[]): Promise<string[][]> {
    const groups = await grouped<{ key: string; entityId: string }>(db, cypher.NOTE_EXPLAINS, ids);
    return groups.map((rows) => rows.map((r) => r.entityId));
  },
  async discrepanciesByEpisode(
    db: Database,
    ids: readonly string[],
  ): Promise<DiscrepancyModel[][]> {
    return groupedRows<DiscrepancyModel>(db, cypher.DISCREPANCIES_BY_EPISODE, ids);
  },
  async discrepanciesByIds(
    db: Database,
    ids: readonly string[],
  ): Promise<(DiscrepancyModel | null)[]> {
    return singleRow<DiscrepancyModel>(db, cypher.DISCREPANCIES_BY_ID, ids);
  },
  async discrepanciesByEntity(db: Database, ids: readonly string[]): Promise<DiscrepancyModel[][]> {
    return groupedRows<DiscrepancyModel>(db, cypher.DISCREPANCIES_BY_ENTITY, ids);
  },
  /** Each speaker's turns in episode order; cursors belong to `Person.turns`. */
  async turnPagesBySpeaker(
    db: Database,
    ids: readonly string[],
    request: PageRequest,
  ): Promise<Page<TurnModel>[]> {
    const window = openWindow('Person.turns', cypher.TURN_ORDER.length, request);
    const statement = cypher.turnPagesBySpeaker({
      backward: window.backward,
      seek: window.seek !== null,
      withCount: window.withCount,
    });
    return pagesPerKey<TurnModel>(db, statement, ids, window);
  },
  async claimCountsByEpisode(db: Database, ids: readonly string[]): Promise<number[]> {
    const rows = await single<{ key: string; count: number }>(
      db,
      cypher.CLAIM_COUNTS_BY_EPISODE,
      ids,
    );
    return rows.map((r) => r?.count ?? 0);
  },
};
