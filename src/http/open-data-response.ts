import type { Request, Response } from 'express';
import { once } from 'node:events';

import { formatError } from '../errors';
import {
  csvColumns,
  csvRecord,
  csvText,
  CSV_TYPE,
  JSON_LINES_TYPE,
  jsonLines,
  NotFoundError,
  ParamError,
  Site,
  type DownloadRecord,
  type RecordStream,
} from '../opendata/open-data';

/** The service's own address as the request reached it, for links inside files. */
export function siteOf(req: Request): Site {
  return new Site(`${req.protocol}://${req.get('host') ?? 'localhost'}`);
}

/** Public data: any cache may keep it a minute, as the API's answers (PUBLIC_MAX_AGE_SECONDS). */
export const PUBLIC_CACHE = 'public, max-age=60';

/**
 * A bad parameter is 400 with the API's error shape and code; a database that is down is 503,
 * a timeout 504, anything else 500 with no details (logged in full on the request's logger).
 */
export function sendError(req: Request, res: Response, error: unknown): void {
  if (error instanceof ParamError) {
    res.status(400).json({
      errors: [
        {
          message: error.message,
          extensions: { code: 'BAD_USER_INPUT', parameter: error.parameter },
        },
      ],
    });
    return;
  }
  if (error instanceof NotFoundError) {
    res
      .status(404)
      .json({ errors: [{ message: error.message, extensions: { code: 'NOT_FOUND' } }] });
    return;
  }
  const masked = formatError({ message: '' }, error);
  const code = masked.extensions?.code;
  const status = code === 'DATABASE_UNAVAILABLE' ? 503 : code === 'QUERY_TIMEOUT' ? 504 : 500;
  if (status === 500) req.log.error({ err: error }, 'open data: internal error');
  res.status(status).json({ errors: [masked] });
}

/** Resolves when the response can take more, or when the client went away (false). */
async function drained(res: Response): Promise<boolean> {
  const ac = new AbortController();
  try {
    const which = await Promise.race([
      once(res, 'drain', { signal: ac.signal }).then(() => true),
      once(res, 'close', { signal: ac.signal }).then(() => false),
    ]);
    return which;
  } finally {
    ac.abort();
  }
}

/**
 * Writes a download page by page: the headers once its first page is read (so a bad filter is
 * still a 400), then each page as it comes, waiting for the client to take it (backpressure).
 * A client that leaves stops the reading. A failure after the headers went out can no longer
 * change the status, so the connection is cut: the client sees an incomplete transfer, never a
 * file that merely looks complete.
 */
export async function streamDownload(
  req: Request,
  res: Response,
  open: () => Promise<RecordStream>,
  format: 'csv' | 'json',
  filename: string,
): Promise<void> {
  let download: RecordStream;
  let firstPage: IteratorResult<DownloadRecord[], void>;
  try {
    download = await open();
    // The first page is read before anything is sent, so its failure is still a proper answer.
    firstPage = await download.pages.next();
  } catch (error) {
    sendError(req, res, error);
    return;
  }
  const columns = csvColumns(download.columns);
  res.status(200);
  res.setHeader('content-type', format === 'csv' ? CSV_TYPE : JSON_LINES_TYPE);
  res.setHeader('content-disposition', `attachment; filename="${filename}"`);
  res.setHeader('x-total-count', String(download.total));
  res.setHeader('cache-control', PUBLIC_CACHE);
  let first = true;
  try {
    for (let next = firstPage; next.done !== true; next = await download.pages.next()) {
      const records = next.value;
      const chunk =
        format === 'csv' ? csvText(records.map(csvRecord), columns, first) : jsonLines(records);
      first = false;
      if ((!res.write(chunk) && !(await drained(res))) || res.destroyed) {
        await download.pages.return();
        return;
      }
    }
    // An empty CSV download still says what its columns are.
    if (first && format === 'csv') res.write(csvText([], columns, true));
    res.end();
  } catch (error) {
    req.log.error({ err: error }, 'open data: a download failed after it started');
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}
