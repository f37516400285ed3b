import { CLAIM_ORDERS, claimRepository } from '../db/claims/claim-repository';
import type { Database } from '../db/database';
import { opendataRepository, type ClaimDetailsModel } from '../db/opendata/opendata-repository';
import type { ClaimModel } from '../db/shared/models';
import { decodeCursor, pageWindow, PaginationError, type Window } from '../db/shared/pagination';
import { DOWNLOAD_PAGE_SIZE, type ClaimSelection } from './claim-filters';
import { ParamError } from './params';

/** A claim of a download with what its row needs beside it. */
export interface ClaimRow {
  claim: ClaimModel;
  details: ClaimDetailsModel;
}

/** The cursor scope the API uses for the same list and order, so its cursors work here. */
function scopeOf(selection: ClaimSelection): string {
  return selection.predictionsOnly ? `predictions/${selection.order}` : 'claims/EPISODE_ORDER';
}

export interface ClaimDownload {
  /** Rows matching the filters (after the cursor or not: the count is of the whole list). */
  total: number;
  /** The rows, a keyset page (at most 100) at a time; at most `limit` in all. */
  pages: AsyncGenerator<ClaimRow[], void, undefined>;
}

/**
 * Opens a download: reads its first page with the count (so a bad filter or cursor fails before
 * anything is sent), then yields page after page, each read after the previous one was handed
 * on, so memory holds one page however large the download. Two statements per page: the API's
 * keyset statement and one for the rows' details.
 */
export async function openClaimDownload(
  db: Database,
  selection: ClaimSelection,
): Promise<ClaimDownload> {
  const scope = scopeOf(selection);
  const arity = CLAIM_ORDERS[selection.order].length;
  let window: Window;
  try {
    window = pageWindow(
      scope,
      arity,
      { first: Math.min(DOWNLOAD_PAGE_SIZE, selection.limit), after: selection.after },
      true,
    );
  } catch (error) {
    if (error instanceof PaginationError) throw new ParamError('after', error.message);
    throw error;
  }
  const options = { predictionsOnly: selection.predictionsOnly, order: selection.order };
  const first = await claimRepository.page(db, selection.query, window, options);
  const total = first.totalCount ?? 0;
  if (!selection.limitGiven && total > selection.limit) {
    throw new ParamError(
      'limit',
      `${total} rows match, and a download holds at most ${selection.limit}: narrow the filters, ` +
        'pass limit (and after, a cursor of the API) to take them a part at a time, or run ' +
        'npm run export for the whole graph',
    );
  }

  async function* pages(): AsyncGenerator<ClaimRow[], void, undefined> {
    let page = first;
    let left = selection.limit;
    for (;;) {
      const claims = page.items.slice(0, left);
      if (claims.length > 0) yield await withDetails(db, claims);
      left -= claims.length;
      const last = page.cursors[page.cursors.length - 1];
      if (!page.hasNextPage || left <= 0 || last === undefined) return;
      const next: Window = {
        scope,
        size: Math.min(DOWNLOAD_PAGE_SIZE, left),
        seek: decodeCursor(scope, last, arity),
        backward: false,
        withCount: false,
      };
      page = await claimRepository.page(db, selection.query, next, options);
    }
  }
  return { total, pages: pages() };
}

async function withDetails(db: Database, claims: ClaimModel[]): Promise<ClaimRow[]> {
  const details = await opendataRepository.claimDetails(
    db,
    claims.map((claim) => claim.id),
  );
  const rows: ClaimRow[] = [];
  claims.forEach((claim, i) => {
    const found = details[i];
    // A claim retracted between the two statements has no details: it has left public reads.
    if (found) rows.push({ claim, details: found });
  });
  return rows;
}
