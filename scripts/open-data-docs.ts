// npm run docs:open-data: writes docs/open-data.md, each example the real answer of the service
// with the bundled corpus loaded (test/integration/open-data-docs.test.ts checks it is current).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import { runCommand } from '../src/cli/command';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { neo4jTarget } from '../src/db/credentials';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { freePort, startLocalNeo4j } from '../src/db/local-neo4j';
import { applySchema } from '../src/db/schema';
import { seedBundledCorpus } from '../src/ingest/seed-bundled';
import { createApp } from '../src/server';

export const DOC_FILE = path.join(PROJECT_ROOT, 'docs', 'open-data.md');
/** The address the examples show, whatever port the generating run used. */
export const SHOWN_BASE = 'http://localhost:4000';
const EPISODE = '2025-05-22-is-rl-llms-enough-for-agi';
const CLAIM = 'c1-pred-conclusive-agent-evidence-by-end-of-2025';

type Get = (path: string, accept?: string) => Promise<string>;

function fence(lang: string, text: string): string {
  return `\`\`\`${lang}\n${text.trimEnd()}\n\`\`\``;
}

/** The first `count` items of the collection's first page, for a readable example. */
function trimCollection(text: string, count: number): string {
  const collection = JSON.parse(text) as { first?: { items: unknown[] } };
  if (collection.first) collection.first.items = collection.first.items.slice(0, count);
  return JSON.stringify(collection, null, 2);
}

function firstBlock(text: string, begin: string, end: string): string {
  const from = text.indexOf(begin);
  const to = text.indexOf(end, from);
  return from < 0 || to < 0 ? text : text.slice(from, to + end.length);
}

/** The whole document, from the answers `get` fetches (paths relative to the service). */
export async function renderOpenDataDoc(get: Get): Promise<string> {
  const predictionsCsv = await get('/export/predictions.csv?dated=true&orderBy=DEADLINE_ASC');
  const claimsJson = await get(`/export/claims.json?kinds=QUESTION&limit=2`);
  const annotation = await get(`/annotations/${CLAIM}`, 'application/ld+json');
  const collection = await get(`/annotations?episode=${EPISODE}&limit=2`, 'application/ld+json');
  const calendar = await get('/calendar/predictions.ics?speaker=sholto');
  const feed = await get('/feeds/predictions.atom?limit=1');
  const people = await get('/export/people.csv?orderBy=PREDICTIONS_DESC');
  const entities = await get('/export/entities.csv?types=WORK');
  const episodes = await get('/export/episodes.csv');
  const error = await get('/export/predictions.csv?statuses=MAYBE');
  return `# Open data: the graph in the formats other tools read

<!-- Written by \`npm run docs:open-data\` from the bundled corpus; do not edit by hand.
     test/integration/open-data-docs.test.ts fails when it is not what the service answers. -->

Everything here is public, needs no token, and shows **accepted claims only** (drafts, rejected
and retracted claims never appear). Each address answers on the service \`npm start\` runs; the
examples below are its real answers for the bundled episode (at \`${SHOWN_BASE}\`). Links inside
the files point back at the address the request came in on.

| address | format | what |
| --- | --- | --- |
| \`/export/predictions.csv\`, \`.json\` | CSV (RFC 4180), JSON lines | predictions, with the filters of \`predictions(filter:, orderBy:)\` |
| \`/export/claims.csv\`, \`.json\` | CSV, JSON lines | claims, with the filters of \`claims(filter:)\` |
| \`/export/people.csv\`, \`/export/entities.csv\`, \`/export/episodes.csv\` (and \`.json\`) | CSV, JSON lines | the index pages' lists, with the filters of \`speakers\`, \`entities\`, \`episodeList\` |
| \`/annotations/<claim key or id>\` | W3C Web Annotation (JSON-LD) | one claim on the words of its turn |
| \`/annotations?episode=KEY\` | W3C AnnotationCollection, AnnotationPage | every claim of an episode, a page at a time |
| \`/turns/<turn key>\` | text/plain | a turn's words: what the annotations' selectors count in |
| \`/calendar/predictions.ics\` | iCalendar (RFC 5545) | one all-day event per dated prediction, on its deadline |
| \`/feeds/predictions.atom\` | Atom (RFC 4287) | predictions as they are made and resolved |

The dashboard links each of these from the matching view, with the view's filters: the
predictions board (CSV, JSON lines, calendar, feed), the claims list, and the index pages
\`/people\`, \`/entities\` and \`/episodes\` in the navigation.

## Downloads

Query parameters are the GraphQL filter fields, by the same names and with the same checks:
enum values by their API names (\`statuses=OPEN,CORRECT\`, or the parameter repeated), dates as
\`YYYY-MM-DD\`, booleans as \`true\`/\`false\`, people, entities and episodes by key, name or the
API's id, text at most 200 characters. Predictions also take \`orderBy\` (\`EPISODE_ORDER\`,
\`DEADLINE_ASC\`, \`DEADLINE_DESC\`, \`CONFIDENCE_DESC\`). A parameter the address does not take
is refused rather than ignored. Every mistake is a 400 naming the parameter:

${fence('sh', `curl '${SHOWN_BASE}/export/predictions.csv?statuses=MAYBE'`)}

${fence('json', JSON.stringify(JSON.parse(error), null, 2))}

A download is read a keyset page (100 rows) at a time through the API's own statement and
written as it is read, so a large one holds one page in memory. One download holds at most
10,000 rows: when more match and no \`limit\` was given, the answer is a 400 that says so. \`limit\`
(1 to 10,000) takes the first rows, and \`after\` (a cursor of the API for the same list and
order) continues after one. \`X-Total-Count\` says how many rows match. For the whole graph at
once, \`npm run export -- --out DIR --tables\` writes every list, whole, as \`DIR/tables/<list>.csv\`
and \`.jsonl\` (\`--base URL\` sets the address its links point at), beside the corpus files of
\`--episode KEY\`.

CSV: a header row, records separated by CRLF, fields quoted when they hold a comma, a quote or
a line break. Lists are joined with \`; \` (\`about\` holds entity names, \`aboutKeys\` their keys).
Booleans are \`true\`/\`false\`, an empty field is null. Times (\`startTime\`, \`endTime\`) are
seconds into the episode's media, empty when the transcript gives none. A text field starting
with \`=\`, \`+\`, \`-\`, \`@\`, a tab or a carriage return gets a leading apostrophe, so a spreadsheet
shows it instead of running it (CSV injection); the JSON lines keep every text exactly. Files
are UTF-8 without a byte-order mark: in a spreadsheet, import them as UTF-8.

${fence('sh', `curl '${SHOWN_BASE}/export/predictions.csv?dated=true&orderBy=DEADLINE_ASC'`)}

${fence('csv', predictionsCsv.replace(/\r\n/g, '\n'))}

JSON lines: one JSON object per line, the same fields with their types (lists as arrays,
entities as \`{key, name, type}\`).

${fence('sh', `curl '${SHOWN_BASE}/export/claims.json?kinds=QUESTION&limit=2'`)}

${fence('json', claimsJson)}

The index pages' lists:

${fence('sh', `curl '${SHOWN_BASE}/export/people.csv?orderBy=PREDICTIONS_DESC'`)}

${fence('csv', people.replace(/\r\n/g, '\n'))}

${fence('sh', `curl '${SHOWN_BASE}/export/entities.csv?types=WORK'`)}

${fence('csv', entities.replace(/\r\n/g, '\n'))}

${fence('sh', `curl '${SHOWN_BASE}/export/episodes.csv'`)}

${fence('csv', episodes.replace(/\r\n/g, '\n'))}

## Web Annotations

A claim is a [W3C Web Annotation](https://www.w3.org/TR/annotation-model/) (\`@context\`
\`http://www.w3.org/ns/anno.jsonld\`) whose **target** is the passage it rests on: the turn's
words at \`/turns/<turn key>\`, selected by a \`TextQuoteSelector\` (the exact words, with up to
32 characters either side) and a \`TextPositionSelector\` (start and end in Unicode code
points), with the prediction or episode page as \`scope\`. Its **body** is the paraphrase
(\`describing\`), the kind and the topics as tags (\`tagging\`), and the entities it is about as
links (\`identifying\`). \`creator\`, \`created\` and \`modified\` come from the claim's history:
a claim made or changed in the workbench names the editor of its first revision; a claim from
the annotation corpus names the corpus import, at the time of the last import
(\`src/opendata/annotation-provenance.ts\`).

Ask with \`Accept: application/ld+json\` (or JSON, or anything); the answer is
\`application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"\`. A browser asking for HTML is
sent (303) to the dashboard page of the same claim.

${fence('sh', `curl -H 'Accept: application/ld+json' ${SHOWN_BASE}/annotations/${CLAIM}`)}

${fence('json', JSON.stringify(JSON.parse(annotation), null, 2))}

An episode's claims are an \`AnnotationCollection\` with its first \`AnnotationPage\` embedded;
\`next\` and \`prev\` walk the pages (\`limit\` 1 to 100, default 100), \`last\` is the end.
\`page=first\`, \`page=last\`, \`after=\` and \`before=\` (the API's cursors) answer one page. The
example asks for pages of 2, and shows one item.

${fence('sh', `curl -H 'Accept: application/ld+json' '${SHOWN_BASE}/annotations?episode=${EPISODE}&limit=2'`)}

${fence('json', trimCollection(collection, 1))}

The tests expand both with the \`jsonld\` library against the W3C context (served to it from
\`test/fixtures/jsonld/\`, since tests have no network).

## Calendar

One all-day event per dated prediction, on its deadline (the due date, or the last day of its
window), in deadline order: the speaker and the words, the horizon as spoken, the confidence,
how it will be judged, and a link back. The prediction filters narrow it (\`speaker\`,
\`statuses\`, \`topic\`, \`entity\`, \`episodeId\`...); undated predictions have no day and are left
out. Subscribe to the address in any calendar application. At most 2,000 events.

${fence('sh', `curl '${SHOWN_BASE}/calendar/predictions.ics?speaker=sholto'`)}

${fence('text', `${firstBlock(calendar.replace(/\r\n/g, '\n'), 'BEGIN:VCALENDAR', 'END:VEVENT')}\n…`)}

## Atom feed

New predictions (when they were made: the first revision in the workbench, else the episode's
air date) and every resolution record (resolved, reopened), newest first; \`limit\` 1 to 100
(default 50), \`speaker\` and \`episodeId\` narrow it. Text is HTML-escaped inside the entries.

${fence('sh', `curl '${SHOWN_BASE}/feeds/predictions.atom?limit=1'`)}

${fence('xml', feed)}

## Structured data in the dashboard's pages

The prediction page carries \`<script type="application/ld+json">\` with a schema.org
[\`Claim\`](https://schema.org/Claim): its words, its author (the speaker) and its appearance
(the episode, a \`PodcastEpisode\`). Once the prediction is resolved CORRECT, INCORRECT or
PARTIALLY_CORRECT it also carries a [\`ClaimReview\`](https://schema.org/ClaimReview) (fact-check
markup): the rating (1 incorrect, 2 partially correct, 3 correct, with its name), the note of
the resolution and the evidence URL (\`isBasedOn\`). A person's page carries a
[\`Person\`](https://schema.org/Person) with \`sameAs\` links to their ids elsewhere (Wikidata,
ORCID, homepages). The JSON is written with \`<\`, \`>\` and \`&\` escaped, so no text from the
graph can end the script element; a data block runs nothing, so the pages' Content Security
Policy is unchanged. The e2e tests parse and expand both.`;
}

/**
 * A GET to the service on `port` as if it were at SHOWN_BASE (its Host header), so the links the
 * service writes into files are the ones the document shows, and nothing is rewritten afterwards.
 */
export function getAsShown(port: number): Get {
  const host = new URL(SHOWN_BASE).host;
  return (route, accept) =>
    new Promise((resolve, reject) => {
      const request = http.get(
        { host: '127.0.0.1', port, path: route, headers: { host, ...(accept ? { accept } : {}) } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
          response.on('error', reject);
        },
      );
      request.on('error', reject);
    });
}

const SPEC = {
  usage: 'npm run docs:open-data',
  description: `Starts a throwaway Neo4j (a temporary data directory on a free port, removed after), loads
the bundled corpus as npm start does, asks the service for each open format and writes
docs/open-data.md with the answers as examples. The project's own database is not touched, so
what it holds (resolutions recorded, claims added) cannot leak into the document.`,
  options: {},
} as const;

async function main(): Promise<number> {
  const config = loadConfig();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-docs-neo4j-'));
  const local = await startLocalNeo4j({
    ...config.local,
    port: await freePort(),
    dataDir,
    apoc: false,
  });
  const target = neo4jTarget(config, local);
  const driver = createDriver(target);
  const db = new Database(driver, target.database);
  const app = await createApp({ db });
  try {
    await applySchema(db);
    await seedBundledCorpus(db, config.seedDir, (line) => process.stderr.write(`${line}\n`));
    const port = Number(new URL(await app.listen(0, '127.0.0.1')).port);
    const text = await renderOpenDataDoc(getAsShown(port));
    writeFileSync(DOC_FILE, text);
    process.stdout.write(`docs:open-data: wrote ${DOC_FILE}\n`);
    return 0;
  } finally {
    await app.close();
    await driver.close();
    await local.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) void runCommand(SPEC, () => main());
