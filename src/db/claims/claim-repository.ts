import type { Database } from '../database';
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
import { openWindow, type PageRequest } from '../shared/pagination';
import * as cypher from './claim-cypher';

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

export const claimRepository = {
  /**
   * A page of claims (or predictions) matching `query`, in `order`. Its cursors belong to
   * `claims/EPISODE_ORDER` or `predictions/<order>`; a cursor of another list is refused.
   */
  async page(
    db: Database,
    query: ClaimQuery,
    request: PageRequest,
    options: { predictionsOnly: boolean; order: cypher.ClaimOrder },
  ): Promise<Page<ClaimModel>> {
    const scope = options.predictionsOnly ? `predictions/${options.order}` : 'claims/EPISODE_ORDER';
    const window = openWindow(scope, cypher.CLAIM_ORDERS[options.order].length, request);
    const given = (Object.keys(cypher.CLAIM_FILTERS) as cypher.ClaimFilterName[]).filter(
      (name) => query[name] !== null,
    );
    const statement = cypher.claimPage(given, options.predictionsOnly, options.order, {
      backward: window.backward,
      seek: window.seek !== null,
      withCount: window.withCount,
    });
    const [row] = await db.read<{ totalCount: number | null; rows: KeyedRow<ClaimModel>[] }>(
      statement,
      {
        ...query,
        ...nameLookup.params('speaker', query.speaker),
        ...nameLookup.params('entity', query.entity),
        ...nameLookup.params('attributedTo', query.attributedTo),
        text: query.text === null ? null : query.text.toLowerCase(),
        ...windowParams(window),
      },
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
  ): Promise<Page<ClaimModel>[]> {
    const scope =
      parent === 'entity' ? 'Entity.claims' : predictionsOnly ? 'Person.predictions' : 'Person.claims';
    const window = openWindow(scope, cypher.NESTED_CLAIM_ORDER.length, request);
    const statement = cypher.claimPagesBy(parent, predictionsOnly, {
      backward: window.backward,
      seek: window.seek !== null,
      withCount: window.withCount,
    });
    return pagesPerKey<ClaimModel>(db, statement, ids, window, { ...query });
  },

  async byIds(db: Database, ids: readonly string[]): Promise<(ClaimModel | null)[]> {
    return singleRow<ClaimModel>(db, cypher.CLAIMS_BY_ID, ids);
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
