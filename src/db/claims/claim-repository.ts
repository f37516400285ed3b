import type { Database } from '../database';
import { groupedRows, type KeyedRow, pagesPerKey, single, singleRow } from '../shared/batch';
import { toPage, windowParams } from '../shared/keyset';
import { nameLookup } from '../shared/name-lookup';
import type { Visibility } from '../shared/visibility';
import type {
  ClaimModel,
  ClaimRelationModel,
  EntityModel,
  Page,
  ResolutionModel,
  RevisionModel,
  TrackRecordModel,
} from '../shared/models';
import type { Window } from '../shared/pagination';
import * as cypher from './claim-cypher';

export { CLAIM_ORDERS, NESTED_CLAIM_ORDER, type ClaimOrder } from './claim-cypher';

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
  async page(
    db: Database,
    query: ClaimQuery,
    window: Window,
    options: { predictionsOnly: boolean; order: cypher.ClaimOrder; visibility?: Visibility },
  ): Promise<Page<ClaimModel>> {
    const visibility = options.visibility ?? 'public';
    const given = (Object.keys(cypher.CLAIM_FILTERS) as cypher.ClaimFilterName[]).filter(
      (name) => query[name] !== null,
    );
    const statement = cypher.claimPage(given, options.predictionsOnly, options.order, {
      backward: window.backward,
      seek: window.seek !== null,
      withCount: window.withCount,
      visibility,
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
    const rows = (row?.rows ?? []).map((keyed) => ({
      ...keyed,
      node: { ...keyed.node, visibility },
    }));
    return toPage(window, rows, row?.totalCount ?? (window.withCount ? 0 : null));
  },

  /** One page per parent (speaker or entity) for the same window and filter. */
  async pagesBy(
    db: Database,
    parent: 'speaker' | 'entity',
    predictionsOnly: boolean,
    ids: readonly string[],
    window: Window,
    query: NestedClaimQuery,
  ): Promise<Page<ClaimModel>[]> {
    const statement = cypher.claimPagesBy(parent, predictionsOnly, {
      backward: window.backward,
      seek: window.seek !== null,
      withCount: window.withCount,
    });
    return pagesPerKey<ClaimModel>(db, statement, ids, window, { ...query });
  },

  async byIds(
    db: Database,
    ids: readonly string[],
    visibility: Visibility = 'public',
  ): Promise<(ClaimModel | null)[]> {
    const rows = await singleRow<ClaimModel>(db, cypher.claimsById(visibility), ids);
    return rows.map((row) => (row === null ? null : { ...row, visibility }));
  },

  async byTurn(
    db: Database,
    ids: readonly string[],
    visibility: Visibility = 'public',
  ): Promise<ClaimModel[][]> {
    const groups = await groupedRows<ClaimModel>(db, cypher.claimsByTurn(visibility), ids);
    return groups.map((rows) => rows.map((row) => ({ ...row, visibility })));
  },

  async aboutByClaim(
    db: Database,
    ids: readonly string[],
    visibility: Visibility = 'public',
  ): Promise<EntityModel[][]> {
    return groupedRows<EntityModel>(db, cypher.aboutByClaim(visibility), ids);
  },

  async relationsByClaim(
    db: Database,
    ids: readonly string[],
    visibility: Visibility = 'public',
  ): Promise<ClaimRelationModel[][]> {
    return groupedRows<ClaimRelationModel>(db, cypher.relationsByClaim(visibility), ids);
  },

  async resolutionsByClaim(
    db: Database,
    ids: readonly string[],
    visibility: Visibility = 'public',
  ): Promise<ResolutionModel[][]> {
    return groupedRows<ResolutionModel>(db, cypher.resolutionsByClaim(visibility), ids);
  },

  async historyByClaim(
    db: Database,
    ids: readonly string[],
    visibility: Visibility = 'public',
  ): Promise<RevisionModel[][]> {
    return groupedRows<RevisionModel>(db, cypher.historyByClaim(visibility), ids);
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
