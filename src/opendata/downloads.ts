import type { Database } from '../db/database';
import { claimSelection, MAX_DOWNLOAD_ROWS, predictionSelection } from './claim-filters';
import { openClaimDownload } from './claim-pages';
import {
  CLAIM_COLUMNS,
  claimRecord,
  PREDICTION_COLUMNS,
  predictionRecord,
  type DownloadRecord,
} from './claim-rows';
import { Params, type RawQuery } from './params';
import type { Site } from './site';

/** A download ready to be written: how many rows match, its columns, and its rows page by page. */
export interface RecordStream {
  total: number;
  columns: readonly string[];
  pages: AsyncGenerator<DownloadRecord[], void, undefined>;
}

async function* mapped<T>(
  pages: AsyncGenerator<T[], void, undefined>,
  map: (row: T) => DownloadRecord,
): AsyncGenerator<DownloadRecord[], void, undefined> {
  for await (const page of pages) yield page.map(map);
}

/** /export/predictions.{csv,json}: the filters of `predictions(filter:, orderBy:)`. */
export async function predictionDownload(
  db: Database,
  raw: RawQuery,
  site: Site,
  maxRows = MAX_DOWNLOAD_ROWS,
): Promise<RecordStream> {
  const params = new Params(raw);
  const selection = predictionSelection(params, maxRows);
  params.finish();
  const download = await openClaimDownload(db, selection);
  return {
    total: download.total,
    columns: PREDICTION_COLUMNS,
    pages: mapped(download.pages, (row) => predictionRecord(row, site)),
  };
}

/** /export/claims.{csv,json}: the filters of `claims(filter:)`. */
export async function claimDownload(
  db: Database,
  raw: RawQuery,
  site: Site,
): Promise<RecordStream> {
  const params = new Params(raw);
  const selection = claimSelection(params);
  params.finish();
  const download = await openClaimDownload(db, selection);
  return {
    total: download.total,
    columns: CLAIM_COLUMNS,
    pages: mapped(download.pages, (row) => claimRecord(row, site)),
  };
}
