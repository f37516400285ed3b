import { nameKey } from '../../domain/name-key';
import type { Database } from '../database';
import { groupedRows, type KeyedRow, pagesPerKey, single, singleRow } from '../shared/batch';
import { toPage, windowParams } from '../shared/keyset';
import { nameLookup } from '../shared/name-lookup';
import type {
  CitationModel,
  EntityModel,
  EntityRelationModel,
  MentionModel,
  Page,
  RelatedEntityModel,
} from '../shared/models';
import { openWindow, type PageRequest } from '../shared/pagination';
import { Projector, WHOLE, type Shape } from '../shared/shape';
import type { Visibility } from '../shared/visibility';
import * as cypher from './entity-cypher';
import { ENTITY_SPEC } from './entity-shape';

export { type EntityOrder } from './entity-cypher';

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

  /**
   * By id, or any written form of a name, alias or surface form (by key); `type` narrows it.
   * Whole, or in a compiled shape (with a page of its claims, say) in the same statement.
   */
  async find(
    db: Database,
    query: string,
    type: string | null = null,
    options: { shape?: Shape; visibility?: Visibility } = {},
  ): Promise<EntityModel | null> {
    const build = new Projector(options.visibility ?? 'public');
    const projection = build.project(ENTITY_SPEC, options.shape ?? WHOLE, 'x');
    const [row] = await db.read<{ row: EntityModel }>(
      cypher.findEntity(type === 'person', projection),
      { ...build.params, ...nameLookup.params('query', query), type },
    );
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

  /** A page of entities matching `query` in `order`; its cursors belong to `entities/<order>`. */
  async page(
    db: Database,
    query: EntityQuery,
    request: PageRequest,
    order: cypher.EntityOrder,
  ): Promise<Page<EntityModel>> {
    const window = openWindow(`entities/${order}`, cypher.ENTITY_ORDERS[order].length, request);
    const given = (Object.keys(cypher.ENTITY_FILTERS) as cypher.EntityFilterName[]).filter(
      (name) => query[name] !== null,
    );
    const statement = cypher.entityPage(given, order, {
      backward: window.backward,
      seek: window.seek !== null,
      withCount: window.withCount,
    });
    const [row] = await db.read<{ totalCount: number | null; rows: KeyedRow<EntityModel>[] }>(
      statement,
      {
        ...query,
        ...nameLookup.params('citedBy', query.citedBy),
        name: query.name === null ? null : query.name.toLowerCase(),
        nameKey: query.name === null ? null : nameKey(query.name),
        ...windowParams(window),
      },
    );
    return toPage(window, row?.rows ?? [], row?.totalCount ?? (window.withCount ? 0 : null));
  },

  /** Each entity's mentions in transcript order; cursors belong to `Entity.mentions`. */
  async mentionPages(
    db: Database,
    ids: readonly string[],
    request: PageRequest,
  ): Promise<Page<MentionModel>[]> {
    const window = openWindow('Entity.mentions', cypher.MENTION_ORDER.length, request);
    const statement = cypher.mentionPagesByEntity({
      backward: window.backward,
      seek: window.seek !== null,
      withCount: window.withCount,
    });
    return pagesPerKey<MentionModel>(db, statement, ids, window);
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
