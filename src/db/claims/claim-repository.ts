import type { Database, Params } from '../database';
import { groupedRows, type KeyedRow, pagesPerKey, single, singleRow } from '../shared/batch';
import { toPage, windowParams } from '../shared/keyset';
import { nameLookup } from '../shared/name-lookup';
import type {
  ClaimModel,
  ClaimRelationModel,
  EntityModel,
  Page,
  ResolutionModel,
  TrackRecordModel,
} from '../shared/models';
import { openWindow, pageOptions, requestKey, type PageRequest } from '../shared/pagination';
import { Projector, WHOLE, type Shape } from '../shared/shape';
import { claimLabel, type Visibility } from '../shared/visibility';
import * as cypher from './claim-cypher';
import { CLAIM_SPEC } from './claim-shape';

export { type ClaimOrder } from './claim-cypher';

/** Filters shared by claims and predictions; null means "any". */
export interface ClaimQuery {
  speaker: string | null;
  kinds: string[] | null;
  statuses: string[] | null;
  dueBefore: string | null;
  dueAfter: string | null;
  dated: boolean | null;
  conditional: boolean | null;
  episodeId: string | null;
  sectionId: string | null;
  topic: string | null;
  entity: string | null;
  text: string | null;
  /** A person (id or name) or words of an unnamed group whose view a claim reports. */
  attributedTo: string | null;
}

export const ANY_CLAIM: ClaimQuery = {
  speaker: null,
  kinds: null,
  statuses: null,
  dueBefore: null,
  dueAfter: null,
  dated: null,
  conditional: null,
  episodeId: null,
  sectionId: null,
  topic: null,
  entity: null,
  text: null,
  attributedTo: null,
};

export interface NestedClaimQuery {
  kinds: string[] | null;
  episodeId: string | null;
}

/**
 * How to read: what of each claim (a compiled shape, or the whole row), and whose claims
 * (public: accepted ones only; src/db/shared/visibility.ts).
 */
export interface ReadOptions {
  shape?: Shape;
  visibility?: Visibility;
}

/** The parameters of the filters a statement has (only those: unused ones cost bytes). */
function filterParams(query: ClaimQuery, given: readonly cypher.ClaimFilterName[]): Params {
  const params: Params = {};
  for (const name of given) {
    if (name === 'speaker' || name === 'entity' || name === 'attributedTo') {
      Object.assign(params, nameLookup.params(name, query[name]));
    } else if (name === 'text') {
      params.text = query.text?.toLowerCase() ?? null;
    } else {
      params[name] = query[name];
    }
  }
  return params;
}

/** The projection of claims as `c` for `options`, and the parameters it needs. */
function projector(options: ReadOptions): { build: Projector; projection: string } {
  const build = new Projector(options.visibility ?? 'public');
  return { build, projection: build.project(CLAIM_SPEC, options.shape ?? WHOLE, 'c') };
}

export const claimRepository = {
  /**
   * A page of claims (or predictions) matching `query`, in `order`. Its cursors belong to
   * `claims/EPISODE_ORDER` or `predictions/<order>`; a cursor of another list is refused.
   */
  async page(
    db: Database,
    query: ClaimQuery,
    request: PageRequest,
    options: ReadOptions & { predictionsOnly: boolean; order: cypher.ClaimOrder },
  ): Promise<Page<ClaimModel>> {
    const scope = options.predictionsOnly ? `predictions/${options.order}` : 'claims/EPISODE_ORDER';
    const window = openWindow(scope, cypher.CLAIM_ORDERS[options.order].length, request);
    const given = (Object.keys(cypher.CLAIM_FILTERS) as cypher.ClaimFilterName[]).filter(
      (name) => query[name] !== null,
    );
    const { build, projection } = projector(options);
    const statement = cypher.claimPage(given, options.predictionsOnly, options.order, {
      ...pageOptions(window),
      // Only dated predictions pass these filters: the deadline orders by its index.
      datedOnly: query.dueBefore !== null || query.dueAfter !== null || query.dated === true,
      label: claimLabel(options.visibility ?? 'public', options.predictionsOnly),
      projection,
    });
    const [row] = await db.read<{ totalCount: number | null; rows: KeyedRow<ClaimModel>[] }>(
      statement,
      { ...build.params, ...filterParams(query, given), ...windowParams(window) },
    );
    return toPage(window, row?.rows ?? [], row?.totalCount ?? (window.withCount ? 0 : null));
  },

  /**
   * One page per parent (a speaker's claims or predictions, an entity's claims) for the same
   * page request and filter, in episode order.
   */
  async pagesBy(
    db: Database,
    parent: 'speaker' | 'entity',
    predictionsOnly: boolean,
    ids: readonly string[],
    request: PageRequest,
    query: NestedClaimQuery,
    options: ReadOptions = {},
  ): Promise<Page<ClaimModel>[]> {
    const scope =
      parent === 'entity'
        ? 'Entity.claims'
        : predictionsOnly
          ? 'Person.predictions'
          : 'Person.claims';
    const window = openWindow(scope, cypher.NESTED_CLAIM_ORDER.length, request);
    const { build, projection } = projector(options);
    const label = claimLabel(options.visibility ?? 'public', predictionsOnly);
    const statement = cypher.claimPagesBy(parent, label, { ...pageOptions(window), projection });
    return pagesPerKey<ClaimModel>(db, statement, ids, window, {
      ...build.params,
      ...(parent === 'speaker' ? query : {}),
      ...(parent === 'entity' ? { walkFrom: cypher.walkFrom(window.seek, window.backward) } : {}),
    });
  },

  /** The page of an entity's claims read with it (ENTITY_SPEC), if read for these arguments. */
  prefetchedPage(entity: EntityModel, request: PageRequest): Page<ClaimModel> | null {
    const found = entity.prefetched?.claims;
    if (found === undefined || found.request !== requestKey(request)) return null;
    return toPage(openWindow('Entity.claims', 1, request), found.rows, found.totalCount);
  },

  /** Claims (or predictions only) by id, whole or in a compiled shape. */
  async byIds(
    db: Database,
    ids: readonly string[],
    options: ReadOptions & { predictionsOnly?: boolean } = {},
  ): Promise<(ClaimModel | null)[]> {
    const { build, projection } = projector(options);
    const label = claimLabel(options.visibility ?? 'public', options.predictionsOnly ?? false);
    return singleRow<ClaimModel>(db, cypher.claimsById(label, projection), ids, build.params);
  },

  async byTurn(db: Database, ids: readonly string[]): Promise<ClaimModel[][]> {
    return groupedRows<ClaimModel>(db, cypher.CLAIMS_BY_TURN, ids);
  },

  async aboutByClaim(db: Database, ids: readonly string[]): Promise<EntityModel[][]> {
    return groupedRows<EntityModel>(db, cypher.ABOUT_BY_CLAIM, ids);
  },

  async relationsByClaim(db: Database, ids: readonly string[]): Promise<ClaimRelationModel[][]> {
    return groupedRows<ClaimRelationModel>(db, cypher.RELATIONS_BY_CLAIM, ids);
  },

  async resolutionsByClaim(db: Database, ids: readonly string[]): Promise<ResolutionModel[][]> {
    return groupedRows<ResolutionModel>(db, cypher.RESOLUTIONS_BY_CLAIM, ids);
  },

  async trackRecords(db: Database, personIds: readonly string[]): Promise<TrackRecordModel[]> {
    const rows = await single<TrackRecordModel & { key: string }>(
      db,
      cypher.TRACK_RECORDS,
      personIds,
    );
    return rows.map(
      (row) =>
        row ?? {
          total: 0,
          resolved: 0,
          correct: 0,
          incorrect: 0,
          partiallyCorrect: 0,
          unresolvable: 0,
          open: 0,
          brierScore: null,
        },
    );
  },
};
