import {
  ANY_CLAIM,
  CLAIM_ORDERS,
  type ClaimOrder,
  type ClaimQuery,
} from '../db/claims/claim-repository';
import { MAX_PAGE_SIZE } from '../db/shared/pagination';
import { optionalKeyOf } from './ids';
import type { Params } from './params';

const PERSON = ['Person', 'Entity'];
const ENTITY = ['Entity', 'Person'];

/**
 * The filters of `predictions(filter:, orderBy:)` and `claims(filter:)` as query parameters,
 * with the GraphQL names. Ids are keys, names (sholto-douglas, Sholto) or the API's global ids.
 */
export interface ClaimSelection {
  query: ClaimQuery;
  predictionsOnly: boolean;
  order: ClaimOrder;
  /** Start after this cursor (the API's cursors for the same list and order work here). */
  after: string | null;
  /** At most this many rows. */
  limit: number;
  /** True when the reader asked for `limit` rows; else a larger match is refused, not cut. */
  limitGiven: boolean;
}

/** The most rows one download holds; `limit` and `after` reach the rest a download at a time. */
export const MAX_DOWNLOAD_ROWS = 10_000;

export const PREDICTION_ORDERS = Object.keys(CLAIM_ORDERS) as ClaimOrder[];

export function predictionSelection(params: Params, maxRows = MAX_DOWNLOAD_ROWS): ClaimSelection {
  const query: ClaimQuery = {
    ...ANY_CLAIM,
    speaker: optionalKeyOf(params.text('speaker'), PERSON, 'speaker'),
    statuses: params.enumList('statuses', 'PredictionStatus'),
    dueBefore: params.date('dueBefore'),
    dueAfter: params.date('dueAfter'),
    dated: params.boolean('dated'),
    conditional: params.boolean('conditional'),
    episodeId: optionalKeyOf(params.text('episodeId'), ['Episode'], 'episodeId'),
    topic: params.text('topic'),
    entity: optionalKeyOf(params.text('entity'), ENTITY, 'entity'),
    attributedTo: params.text('attributedTo'),
  };
  const order = params.choice('orderBy', PREDICTION_ORDERS) ?? 'EPISODE_ORDER';
  return { query, predictionsOnly: true, order, ...window(params, maxRows) };
}

export function claimSelection(params: Params, maxRows = MAX_DOWNLOAD_ROWS): ClaimSelection {
  const query: ClaimQuery = {
    ...ANY_CLAIM,
    speaker: optionalKeyOf(params.text('speaker'), PERSON, 'speaker'),
    kinds: params.enumList('kinds', 'ClaimKind'),
    topic: params.text('topic'),
    entity: optionalKeyOf(params.text('entity'), ENTITY, 'entity'),
    episodeId: optionalKeyOf(params.text('episodeId'), ['Episode'], 'episodeId'),
    sectionId: optionalKeyOf(params.text('sectionId'), ['Section'], 'sectionId'),
    text: params.text('text'),
    attributedTo: params.text('attributedTo'),
  };
  return { query, predictionsOnly: false, order: 'EPISODE_ORDER', ...window(params, maxRows) };
}

function window(
  params: Params,
  maxRows: number,
): { after: string | null; limit: number; limitGiven: boolean } {
  const limit = params.integer('limit', 1, maxRows);
  return { after: params.text('after', 1000), limit: limit ?? maxRows, limitGiven: limit !== null };
}

/** The API's page size, the largest it allows: a download reads MAX_PAGE_SIZE rows a statement. */
export const DOWNLOAD_PAGE_SIZE = MAX_PAGE_SIZE;
