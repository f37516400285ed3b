import type { Database } from '../db/database';
import { claimDownload, predictionDownload, type RecordStream } from './downloads';
import type { RawQuery } from './params';
import type { Site } from './site';

export { ParamError, type RawQuery } from './params';
export { Site } from './site';
export type { RecordStream } from './downloads';
export { csvColumns, csvRecord } from './claim-rows';
export { CSV_TYPE, csvText, JSON_LINES_TYPE, jsonLines } from './formats';

/**
 * The graph in the formats other tools read, for the HTTP routes of src/http/: downloads (CSV,
 * JSON lines), Web Annotations, an iCalendar feed and an Atom feed. Built once by server.ts on
 * the service's database; each call reads what it needs, page by page.
 */
export class OpenData {
  constructor(private readonly db: Database) {}

  predictions(raw: RawQuery, site: Site): Promise<RecordStream> {
    return predictionDownload(this.db, raw, site);
  }

  claims(raw: RawQuery, site: Site): Promise<RecordStream> {
    return claimDownload(this.db, raw, site);
  }
}
