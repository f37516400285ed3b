import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { ICAL } from '../support/ical';

import { hashToken, newToken, type TokenEntry } from '../../src/auth';
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { writeGraphFiles } from '../../src/opendata/graph-files';
import { seedBundledCorpus } from '../../src/ingest/seed-bundled';
import { EPISODE_ID, SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { postGraphQL, startApp, type RunningApp } from '../support/http';
import { expand } from '../support/jsonld';
import { testDatabase } from '../support/neo4j';

const editorToken = newToken();
const TOKENS: TokenEntry[] = [
  { name: 'test-editor', role: 'editor', hash: hashToken(editorToken) },
];
const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';
/** A word that only the draft below holds. */
const DRAFT_WORD = 'zyzzogeton';

let db: Database;
let running: RunningApp;

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { status, body } = await postGraphQL<T>(running.url, query, variables, {
    authorization: `Bearer ${editorToken}`,
  });
  if (status !== 200 || body.errors || !body.data) {
    throw new Error(`query failed (${status}): ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

/** Every key of a connection, in order, paging through the API 100 at a time. */
async function apiKeys(field: 'predictions' | 'claims', filter: object, orderBy?: string) {
  const keys: string[] = [];
  let after: string | null = null;
  for (;;) {
    const order = orderBy ? `, orderBy: ${orderBy}` : '';
    const data: Record<
      string,
      {
        edges: { node: { key: string } }[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      }
    > = await api(
      `query ($filter: ${field === 'claims' ? 'ClaimFilter' : 'PredictionFilter'}, $after: String) {
          ${field}(filter: $filter, first: 100, after: $after${order}) {
            edges { node { key } } pageInfo { endCursor hasNextPage }
          }
        }`,
      { filter, after },
    );
    const page = data[field];
    if (!page) throw new Error(`no ${field}`);
    keys.push(...page.edges.map((edge) => edge.node.key));
    if (!page.pageInfo.hasNextPage) return keys;
    after = page.pageInfo.endCursor;
  }
}

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${running.base}${path}`, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

function csvRows(text: string): Record<string, string>[] {
  return parseCsv<Record<string, string>>(text, { columns: true });
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await seedBundledCorpus(db, SEED_DIR, () => undefined); // as npm start: records importedAt
  // A claim that is not accepted (PLAN decision 1): public files must never show it.
  await db.write(
    `MATCH (t:Turn {id: $turn}), (p:Person {id: 'sholto-douglas'})
     CREATE (c:ClaimDraft:PredictionDraft {id: 'draft-open-data', episodeId: $episode,
       turnId: t.id, speakerId: p.id, kind: 'prediction', quote: $quote, start: 0, end: 5,
       topics: [], status: 'OPEN', deadline: date('2026-01-01'), dueDate: date('2026-01-01'),
       sortKey: $episode + ' 00001 0000000 draft', reviewState: 'DRAFT'})
     CREATE (c)-[:STATED_IN {start: 0, end: 5}]->(t), (c)-[:MADE_BY]->(p)`,
    { turn: `${EPISODE_ID}#t010`, episode: EPISODE_ID, quote: `${DRAFT_WORD} will happen` },
  );
  running = await startApp(db, 'test', { tokens: TOKENS });
}, 180_000);

afterAll(async () => {
  await running.app.close();
  await db.driver.close();
});

describe('downloads', () => {
  it('predictions.csv parses back (RFC 4180) to the API list, row for row, in its order', async () => {
    const response = await get('/export/predictions.csv?orderBy=DEADLINE_ASC');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.text).toContain('\r\n');
    const rows = csvRows(response.text);
    const keys = await apiKeys('predictions', {}, 'DEADLINE_ASC');
    expect(rows.map((row) => row.key)).toEqual(keys);
    expect(Number(response.headers.get('x-total-count'))).toBe(keys.length);
    const data = await api<{
      prediction: {
        quote: string;
        deadline: string | null;
        speaker: { name: string };
        confidence: { probability: number; bucket: string };
        conditional: boolean;
        turn: { key: string };
      };
    }>(
      `query ($id: ID!) { prediction(id: $id) { quote deadline speaker { name }
        confidence { probability bucket } conditional turn { key } } }`,
      { id: keys[0] },
    );
    const [first] = rows;
    expect(first).toMatchObject({
      quote: data.prediction.quote,
      deadline: data.prediction.deadline ?? '',
      speaker: data.prediction.speaker.name,
      probability: String(data.prediction.confidence.probability),
      confidenceBucket: data.prediction.confidence.bucket,
      conditional: String(data.prediction.conditional),
      turn: data.prediction.turn.key,
    });
  });

  it('claims.json is one JSON text a line, the API list in its order', async () => {
    const response = await get('/export/claims.json');
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const records = jsonLines(response.text);
    expect(records.map((record) => record.key)).toEqual(await apiKeys('claims', {}));
    expect(records[0]?.episode).toBe(EPISODE_ID);
    expect(typeof records[0]?.kind).toBe('string');
  });

  it('takes the GraphQL filters as parameters, and counts as the API does', async () => {
    const cases: [string, object, string][] = [
      ['speaker=sholto&dated=true', { speaker: 'sholto', dated: true }, 'predictions'],
      [
        'statuses=OPEN,CORRECT&conditional=false',
        { statuses: ['OPEN', 'CORRECT'], conditional: false },
        'predictions',
      ],
      ['dueAfter=2026-01-01', { dueAfter: '2026-01-01' }, 'predictions'],
      ['kinds=QUESTION&kinds=OPINION', { kinds: ['QUESTION', 'OPINION'] }, 'claims'],
      ['text=reward', { text: 'reward' }, 'claims'],
      [
        `entity=anthropic&episodeId=${EPISODE_ID}`,
        { entity: 'anthropic', episodeId: EPISODE_ID },
        'claims',
      ],
    ];
    for (const [query, filter, field] of cases) {
      const records = jsonLines((await get(`/export/${field}.json?${query}`)).text);
      const keys = await apiKeys(field as 'claims', filter);
      expect({ query, keys: records.map((record) => record.key) }).toEqual({ query, keys });
      expect(keys.length).toBeGreaterThan(0);
    }
  });

  it('refuses bad filters with 400 and the parameter, as the API refuses them', async () => {
    const cases: [string, string, RegExp][] = [
      ['/export/predictions.csv?statuses=MAYBE', 'statuses', /MAYBE is not a PredictionStatus/],
      ['/export/predictions.csv?dueBefore=2025-02-30', 'dueBefore', /calendar date/],
      ['/export/predictions.json?dated=yes', 'dated', /true or false/],
      ['/export/claims.csv?speakr=sholto', 'speakr', /unknown parameter speakr/],
      [`/export/claims.csv?text=${'x'.repeat(201)}`, 'text', /longer than 200/],
      ['/export/claims.csv?after=not-a-cursor', 'after', /not a cursor/],
      ['/export/claims.csv?limit=0', 'limit', /whole number/],
    ];
    for (const [path, parameter, message] of cases) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      const body = JSON.parse(response.text) as {
        errors: { message: string; extensions: { code: string; parameter: string } }[];
      };
      expect(body.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', parameter });
      expect(body.errors[0]?.message).toMatch(message);
    }
  });

  it('takes limit and the API cursors to read a list a part at a time', async () => {
    const keys = await apiKeys('claims', {});
    const first = jsonLines((await get('/export/claims.json?limit=30')).text);
    expect(first.map((record) => record.key)).toEqual(keys.slice(0, 30));
    const data = await api<{ claims: { pageInfo: { endCursor: string } } }>(
      '{ claims(first: 30) { pageInfo { endCursor } } }',
    );
    const rest = jsonLines(
      (await get(`/export/claims.json?after=${encodeURIComponent(data.claims.pageInfo.endCursor)}`))
        .text,
    );
    expect(rest.map((record) => record.key)).toEqual(keys.slice(30));
  });

  it('writes the header of an empty download, and escapes formulas for spreadsheets', async () => {
    const empty = await get('/export/claims.csv?text=nothing-says-this');
    expect(empty.text.split('\r\n')[0]).toMatch(/^key,url,kind,speaker,/);
    expect(csvRows(empty.text)).toEqual([]);
  });
});

describe('accepted claims only', () => {
  it('no download, annotation, calendar or feed shows a draft', async () => {
    for (const path of [
      '/export/predictions.csv',
      '/export/predictions.json?dated=true',
      '/export/claims.csv',
      '/export/claims.json',
      `/annotations?episode=${EPISODE_ID}`,
      '/calendar/predictions.ics',
      '/feeds/predictions.atom',
    ]) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect({ path, leaks: response.text.includes(DRAFT_WORD) }).toEqual({ path, leaks: false });
    }
    expect((await get('/annotations/draft-open-data')).status).toBe(404);
  });
});

describe('Web Annotations', () => {
  const KEY = 'c1-pred-conclusive-agent-evidence-by-end-of-2025';

  it('a claim expands (JSON-LD, the W3C context) to an oa:Annotation on its turn', async () => {
    const response = await get(`/annotations/${KEY}`, { accept: 'application/ld+json' });
    expect(response.headers.get('content-type')).toBe(
      'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    );
    const [expanded] = await expand(JSON.parse(response.text) as object);
    expect(expanded?.['@type']).toEqual([`${OA}Annotation`]);
    const target = (expanded?.[`${OA}hasTarget`] as Record<string, unknown>[])[0] ?? {};
    const source = (target[`${OA}hasSource`] as { '@id': string }[])[0]?.['@id'] ?? '';
    expect(source).toBe(`${running.base}/turns/${encodeURIComponent(`${EPISODE_ID}#t010`)}`);
    const selectors = target[`${OA}hasSelector`] as Record<string, { '@value': unknown }[]>[];
    const quote = selectors.find((s) => JSON.stringify(s['@type']).includes('TextQuoteSelector'));
    const position = selectors.find((s) =>
      JSON.stringify(s['@type']).includes('TextPositionSelector'),
    );
    const text = [...(await get(new URL(source).pathname)).text];
    const start = Number(position?.[`${OA}start`]?.[0]?.['@value']);
    const end = Number(position?.[`${OA}end`]?.[0]?.['@value']);
    const exact = String(quote?.[`${OA}exact`]?.[0]?.['@value']);
    expect(text.slice(start, end).join('')).toBe(exact);
    expect(
      text
        .slice(0, start)
        .join('')
        .endsWith(String(quote?.[`${OA}prefix`]?.[0]?.['@value'])),
    ).toBe(true);
    const bodies = expanded?.[`${OA}hasBody`] as Record<string, unknown>[];
    const purposes = bodies.map(
      (body) => (body[`${OA}hasPurpose`] as { '@id': string }[])[0]?.['@id'],
    );
    expect(purposes).toContain(`${OA}describing`);
    expect(purposes).toContain(`${OA}tagging`);
    expect(purposes).toContain(`${OA}identifying`);
    // A claim from the corpus files has no revisions: made by the import, when it last ran.
    const [state] = await db.read<{ at: string }>(
      `MATCH (s:CorpusState) RETURN toString(s.importedAt) AS at`,
    );
    const created = expanded?.['http://purl.org/dc/terms/created'] as { '@value': string }[];
    expect(Date.parse(created[0]?.['@value'] ?? '')).toBe(
      Math.floor(Date.parse(state?.at ?? '') / 1000) * 1000,
    );
    const [creator] = expanded?.['http://purl.org/dc/terms/creator'] as Record<string, unknown>[];
    expect(creator?.['@type']).toEqual([`${AS}Application`]);
  });

  it('an episode is an AnnotationCollection whose pages hold every claim once', async () => {
    const total = (
      await api<{ claims: { totalCount: number } }>(
        `query ($e: ID) { claims(filter: { episodeId: $e }, first: 0) { totalCount } }`,
        { e: EPISODE_ID },
      )
    ).claims.totalCount;
    const collection = JSON.parse(
      (await get(`/annotations?episode=${EPISODE_ID}&limit=40`)).text,
    ) as { type: string; total: number; first: { items: { id: string }[]; next?: string } };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(total);
    const [expanded] = await expand(collection);
    expect(expanded?.['@type']).toEqual(['http://www.w3.org/ns/activitystreams#OrderedCollection']);
    const ids = collection.first.items.map((item) => item.id);
    let next = collection.first.next;
    while (next) {
      const page = JSON.parse((await get(new URL(next).pathname + new URL(next).search)).text) as {
        type: string;
        items: { id: string }[];
        next?: string;
      };
      const [expandedPage] = await expand(page);
      expect(expandedPage?.['@type']).toEqual([
        'http://www.w3.org/ns/activitystreams#OrderedCollectionPage',
      ]);
      ids.push(...page.items.map((item) => item.id));
      next = page.next;
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });

  it('sends browsers to the dashboard, and says what it cannot answer', async () => {
    const html = await fetch(`${running.base}/annotations/${KEY}`, {
      headers: { accept: 'text/html' },
      redirect: 'manual',
    });
    expect(html.status).toBe(303);
    expect(html.headers.get('location')).toBe(`${running.base}/predictions/${KEY}`);
    expect((await get(`/annotations/${KEY}`, { accept: 'image/png' })).status).toBe(406);
    expect((await get('/annotations')).status).toBe(400);
  });
});

describe('calendar', () => {
  it('parses (RFC 5545) to one all-day event per dated prediction, on its deadline', async () => {
    const response = await get('/calendar/predictions.ics');
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(response.text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent');
    const data = await api<{
      predictions: { edges: { node: { key: string; deadline: string } }[] };
    }>(
      '{ predictions(filter: { dated: true }, orderBy: DEADLINE_ASC, first: 100) { edges { node { key deadline } } } }',
    );
    const expected = data.predictions.edges.map((edge) => edge.node);
    expect(events).toHaveLength(expected.length);
    events.forEach((event, i) => {
      const start = event.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>;
      expect(start.isDate).toBe(true);
      expect(start.toString()).toBe(expected[i]?.deadline);
      expect(String(event.getFirstPropertyValue('url'))).toBe(
        `${running.base}/predictions/${expected[i]?.key ?? ''}`,
      );
      expect(String(event.getFirstPropertyValue('description'))).toContain('How it will be judged');
    });
    const narrowed = new ICAL.Component(
      ICAL.parse((await get('/calendar/predictions.ics?speaker=trenton')).text) as unknown[],
    );
    const trenton = await apiKeys('predictions', { speaker: 'trenton', dated: true });
    expect(narrowed.getAllSubcomponents('vevent')).toHaveLength(trenton.length);
  });
});

describe('Atom feed', () => {
  it('parses (XML) to the predictions made, and a resolution as a new entry first', async () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' });
    const before = parser.parse((await get('/feeds/predictions.atom?limit=100')).text) as {
      feed: { entry: { id: string }[] };
    };
    const all = await apiKeys('predictions', {});
    // One entry per prediction made, and one per resolution already recorded (an episode may
    // settle a forecast made in an earlier one).
    const made = before.feed.entry.filter((entry) => !entry.id.includes('#resolution-'));
    expect(made).toHaveLength(all.length);
    const key = all[0] ?? '';
    await api(
      `mutation ($id: ID!) { resolvePrediction(id: $id, status: INCORRECT,
        evidence: { url: "https://example.org/evidence?a=1&b=<2>", note: "]]> <b>not</b> so" },
        resolvedAt: "2025-06-01") { status } }`,
      { id: key },
    );
    const response = await get('/feeds/predictions.atom?limit=3');
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const after = parser.parse(response.text) as {
      feed: { entry: { id: string; title: { '#text': string }; content: { '#text': string } }[] };
    };
    expect(after.feed.entry).toHaveLength(3);
    const [newest] = after.feed.entry;
    expect(newest?.title['#text']).toMatch(/^Resolved INCORRECT: /);
    expect(newest?.id).toContain(`/predictions/${key}#resolution-`);
    expect(newest?.content['#text']).toContain('&lt;b&gt;not&lt;/b&gt;');
    await api(`mutation ($id: ID!) { reopenPrediction(id: $id, note: "test over") { status } }`, {
      id: key,
    });
  });
});

describe('npm run export --tables', () => {
  it('writes every list whole, as the downloads hold it, accepted claims only', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-tables-'));
    const counts = await writeGraphFiles(db, dir, 'http://localhost:4000');
    const predictions = csvRows(readFileSync(path.join(dir, 'predictions.csv'), 'utf8'));
    expect(predictions.map((row) => row.key)).toEqual(await apiKeys('predictions', {}));
    const claims = jsonLines(readFileSync(path.join(dir, 'claims.jsonl'), 'utf8'));
    expect(claims.map((record) => record.key)).toEqual(await apiKeys('claims', {}));
    expect(counts).toMatchObject({ predictions: predictions.length, claims: claims.length });
    for (const name of ['people', 'entities', 'episodes']) {
      const rows = csvRows(readFileSync(path.join(dir, `${name}.csv`), 'utf8'));
      expect({ name, rows: rows.length }).toEqual({ name, rows: counts[name] });
    }
    expect(readFileSync(path.join(dir, 'claims.csv'), 'utf8')).not.toContain(DRAFT_WORD);
  });
});
