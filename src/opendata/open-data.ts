import type { Database } from '../db/database';
import { annotationFor, annotationsOf, turnTextOf } from './annotations';
import { predictionFeed } from './atom-feed';
import { predictionCalendar } from './calendar';
import { entitiesDownload, episodesDownload, peopleDownload } from './index-downloads';
import { claimDownload, predictionDownload, type RecordStream } from './downloads';
import type { RawQuery } from './params';
import type { Site } from './site';

export { ParamError, type RawQuery } from './params';
export { Site } from './site';
export { NotFoundError } from './annotations';
export { ANNO_PROFILE } from './web-annotation';
export type { RecordStream } from './downloads';
export { csvColumns, csvRecord, type DownloadRecord } from './claim-rows';
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

  people(raw: RawQuery, site: Site): Promise<RecordStream> {
    return peopleDownload(this.db, raw, site);
  }

  entities(raw: RawQuery, site: Site): Promise<RecordStream> {
    return entitiesDownload(this.db, raw, site);
  }

  episodes(raw: RawQuery, site: Site): Promise<RecordStream> {
    return episodesDownload(this.db, raw, site);
  }

  annotation(idOrKey: string, site: Site) {
    return annotationFor(this.db, idOrKey, site);
  }

  annotations(raw: RawQuery, site: Site) {
    return annotationsOf(this.db, raw, site);
  }

  calendar(raw: RawQuery, site: Site): Promise<string> {
    return predictionCalendar(this.db, raw, site);
  }

  feed(raw: RawQuery, site: Site): Promise<string> {
    return predictionFeed(this.db, raw, site);
  }

  turn(idOrKey: string) {
    return turnTextOf(this.db, idOrKey);
  }
}
