import { nameKey } from '../../domain/name-key';
import type { Database } from '../database';
import { groupedRows, pagesPerKey, single, singleRow } from '../shared/batch';
import type {
  CitationModel,
  EntityModel,
  EntityRelationModel,
  MentionModel,
  Page,
  RelatedEntityModel,
} from '../shared/models';
import type { Window } from '../shared/pagination';
import * as cypher from './entity-cypher';

export type { EntityOrder } from './entity-cypher';

export interface EntityQuery {
  types: string[] | null;
  name: string | null;
  episodeId: string | null;
  citedBy: string | null;
}

export const entityRepository = {
  async byIds(db: Database, ids: readonly string[]): Promise<(EntityModel | null)[]> {
    return singleRow<EntityModel>(db, cypher.ENTITIES_BY_ID, ids);
  },

  /** By id, or any written form of a name, alias or surface form (by key); `type` narrows it. */
  async find(db: Database, query: string, type: string | null = null): Promise<EntityModel | null> {
    const [row] = await db.read<{ row: EntityModel }>(cypher.FIND_ENTITY, {
      query,
      queryKey: nameKey(query),
      type,
    });
    return row?.row ?? null;
  },

  /** People who spoke in some episode, optionally only hosts or panelists. */
  async speakers(
    db: Database,
    role: 'host' | 'panelist' | null,
    first: number,
  ): Promise<EntityModel[]> {
    return (await db.read<{ row: EntityModel }>(cypher.SPEAKERS, { role, first })).map(
      (r) => r.row,
    );
  },

  async page(
    db: Database,
    query: EntityQuery,
    window: Window,
    order: cypher.EntityOrder,
  ): Promise<Page<EntityModel>> {
    const [row] = await db.read<{ totalCount: number; items: EntityModel[] }>(
      cypher.entityPage(order),
      {
        ...query,
        name: query.name === null ? null : query.name.toLowerCase(),
        nameKey: query.name === null ? null : nameKey(query.name),
        citedByKey: query.citedBy === null ? null : nameKey(query.citedBy),
        ...window,
      },
    );
    return { items: row?.items ?? [], totalCount: row?.totalCount ?? 0, offset: window.offset };
  },

  async mentionPages(
    db: Database,
    ids: readonly string[],
    window: Window,
  ): Promise<Page<MentionModel>[]> {
    return pagesPerKey<MentionModel>(db, cypher.MENTION_PAGES_BY_ENTITY, ids, window);
  },

  async mentionsByTurn(db: Database, ids: readonly string[]): Promise<MentionModel[][]> {
    return groupedRows<MentionModel>(db, cypher.MENTIONS_BY_TURN, ids);
  },

  async mentionCounts(db: Database, ids: readonly string[]): Promise<number[]> {
    return (await single<{ key: string; count: number }>(db, cypher.MENTION_COUNTS, ids)).map(
      (r) => r?.count ?? 0,
    );
  },

  async citedBy(db: Database, ids: readonly string[]): Promise<CitationModel[][]> {
    return groupedRows<CitationModel>(db, cypher.CITED_BY, ids);
  },

  async relations(db: Database, ids: readonly string[]): Promise<EntityRelationModel[][]> {
    return groupedRows<EntityRelationModel>(db, cypher.RELATIONS_BY_ENTITY, ids);
  },

  async related(
    db: Database,
    ids: readonly string[],
    options: { depth: number; types: string[] | null; first: number },
  ): Promise<RelatedEntityModel[][]> {
    return groupedRows<RelatedEntityModel>(db, cypher.RELATED_ENTITIES, ids, options);
  },
};
