import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';

import type { Database } from '../db/database';
import { csvColumns, csvRecord } from './claim-rows';
import { claimDownload, predictionDownload, type RecordStream } from './downloads';
import { csvText, jsonLines } from './formats';
import { entitiesDownload, episodesDownload, peopleDownload } from './index-downloads';
import type { RawQuery } from './params';
import { Site } from './site';

/** Every list a download offers, whole: the files `npm run export` writes beside the corpus. */
const LISTS: Record<
  string,
  (db: Database, raw: RawQuery, site: Site, maxRows: number) => Promise<RecordStream>
> = {
  predictions: predictionDownload,
  claims: claimDownload,
  people: peopleDownload,
  entities: entitiesDownload,
  episodes: episodesDownload,
};

/** No cap: a file holds its whole list, still read a keyset page at a time. */
const WHOLE = Number.MAX_SAFE_INTEGER;

async function writeStream(file: string, chunks: AsyncIterable<string>): Promise<void> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  try {
    for await (const chunk of chunks) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await once(out, 'finish');
  }
}

async function* csvChunks(stream: RecordStream): AsyncGenerator<string> {
  const columns = csvColumns(stream.columns);
  let first = true;
  for await (const records of stream.pages) {
    yield csvText(records.map(csvRecord), columns, first);
    first = false;
  }
  if (first) yield csvText([], columns, true);
}

async function* jsonChunks(stream: RecordStream): AsyncGenerator<string> {
  for await (const records of stream.pages) yield jsonLines(records);
}

/**
 * Writes the whole public graph as <dir>/<list>.csv and <dir>/<list>.jsonl (predictions, claims,
 * people, entities, episodes): the same rows and columns as the /export downloads, links to
 * `base`. Accepted claims only. Returns the rows written per list.
 */
export async function writeGraphFiles(
  db: Database,
  dir: string,
  base: string,
): Promise<Record<string, number>> {
  mkdirSync(dir, { recursive: true });
  const site = new Site(base);
  const counts: Record<string, number> = {};
  for (const [name, open] of Object.entries(LISTS)) {
    const csv = await open(db, {}, site, WHOLE);
    await writeStream(path.join(dir, `${name}.csv`), csvChunks(csv));
    const json = await open(db, {}, site, WHOLE);
    await writeStream(path.join(dir, `${name}.jsonl`), jsonChunks(json));
    counts[name] = csv.total;
  }
  return counts;
}
