import { claimRepository } from '../db/claims/claim-repository';
import type { Database } from '../db/database';
import { opendataRepository, type ClaimDetailsModel } from '../db/opendata/opendata-repository';
import type { ClaimModel } from '../db/shared/models';
import type { ClaimSelection } from './claim-filters';
import { openPages } from './keyset-download';

/** A claim of a download with what its row needs beside it. */
export interface ClaimRow {
  claim: ClaimModel;
  details: ClaimDetailsModel;
}

export interface ClaimDownload {
  /** Rows matching the filters (the count is of the whole list, cursor or not). */
  total: number;
  /** The rows, a keyset page (at most 100) at a time; at most `limit` in all. */
  pages: AsyncGenerator<ClaimRow[], void, undefined>;
}

/**
 * Opens a download of claims or predictions through the API's own keyset statement (the same
 * filters, order and cursors as `claims` and `predictions`), adding per page one statement for
 * the rows' details. Memory holds one page however large the download.
 */
export async function openClaimDownload(
  db: Database,
  selection: ClaimSelection,
): Promise<ClaimDownload> {
  const options = { predictionsOnly: selection.predictionsOnly, order: selection.order };
  const download = await openPages(
    (window) => claimRepository.page(db, selection.query, window, options),
    {
      after: selection.after,
      limit: selection.limit,
      limitGiven: selection.limitGiven,
    },
  );
  async function* pages(): AsyncGenerator<ClaimRow[], void, undefined> {
    for await (const claims of download.pages) yield await withDetails(db, claims);
  }
  return { total: download.total, pages: pages() };
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
