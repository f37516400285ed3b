// npm run bench: (A) hand Cypher, (B) our server, (C) @neo4j/graphql 7, (D) naive resolvers,
// side by side on one Neo4j and one generated corpus per scale. See --help.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Driver } from 'neo4j-driver';

import { PROJECT_ROOT } from '../src/config';
import { Database, toCypherParams, type Params } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../src/db/local-neo4j';
import { applySchema } from '../src/db/schema';
import { generateCorpus } from '../src/ingest/generate/generate-corpus';
import { importFiles } from '../src/ingest/import-corpus';
import { bulkImportFiles, type BulkReport } from '../src/ingest/bulk-import';
import { RATE_OFF } from '../src/guard/operation-guard';
import { createApp } from '../src/server';
import { benchCases, fixture, TRANSPORT, type BenchCase } from './cases';
import { loadCypher, loadGraphQL, type LoadResult } from './load';
import { writeBenchmarksDoc } from './doc';
import { markdownReport } from './report';
import { startServer, stopServer } from './servers/spawn';

const HELP = `usage: npm run bench -- [--scales 1,100,1000] [--seconds S] [--warmup W] [--connections C]
                        [--no-c] [--no-d] [--no-bulk] [--keep-graph] [--out DIR]

Generates a corpus per scale (npm run corpus, seed 1), imports it with the project's importer
into one fresh Neo4j, then loads every query in four forms, one after another on the same data:
  (A) hand-written Cypher through neo4j-driver, the floor;
  (B) our server over HTTP;
  (C) @neo4j/graphql 7 on equivalent type definitions;
  (D) our resolvers with DataLoader batching off (one statement per parent).
Each form runs S seconds (default 3) at C concurrent connections (default 4) with autocannon,
after W seconds (default 1) of the same load whose figures are dropped (JIT and plan caches warm);
an HTTP 200 carrying GraphQL errors counts as a failure. Also reported: statements per request
and PROFILE db hits of our statements, server RSS, import rows/s and peak memory, the bulk path's
time and rows/s (npm run import:bulk's bulkImportFiles, the same corpus into a second, stopped
Neo4j data directory of its own; --no-bulk skips it), the transport
case (a 2 KB statement against a short one), ratios and growth from the smallest scale.
Default scales: 1,100 (a few minutes on 2 cores). Results: DIR/<date>.json, DIR/latest.json and
DIR/latest.md (default bench/results; then docs/benchmarks.md as well, with the goals). Uses BENCH_NEO4J_URI (and BENCH_NEO4J_PASSWORD) if set, else starts its own Neo4j.
--keep-graph: the first scale uses the graph already in BENCH_NEO4J_URI (imported before with
npm run seed -- DIR of npm run corpus -- --episodes N --seed 1) instead of importing it again;
its import figures are then not measured in this run.
`;

const DEFAULT_OUT = path.join(PROJECT_ROOT, 'bench', 'results');

interface Options {
  scales: number[];
  seconds: number;
  /** Load before each measured window, discarded: JIT, plan caches and pools warm for every form. */
  warmup: number;
  connections: number;
  withC: boolean;
  withD: boolean;
  withBulk: boolean;
  keepGraph: boolean;
  out: string;
}

function parseOptions(args: string[]): Options {
  const value = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at === -1 ? undefined : args[at + 1];
  };
  const scales = (value('--scales') ?? '1,100').split(',').map(Number);
  if (scales.some((n) => !Number.isInteger(n) || n < 1 || n > 10_000)) {
    throw new Error('--scales takes whole numbers from 1 to 10000, e.g. 1,100,1000');
  }
  const seconds = Number(value('--seconds') ?? '3');
  const warmup = Number(value('--warmup') ?? '1');
  const connections = Number(value('--connections') ?? '4');
  if (!(seconds > 0 && seconds <= 120)) throw new Error('--seconds must be in (0, 120]');
  if (!(warmup >= 0 && warmup <= 60)) throw new Error('--warmup must be in [0, 60]');
  if (!Number.isInteger(connections) || connections < 1 || connections > 64) {
    throw new Error('--connections must be 1 to 64');
  }
  return {
    scales,
    seconds,
    warmup,
    connections,
    withC: !args.includes('--no-c'),
    withD: !args.includes('--no-d'),
    withBulk: !args.includes('--no-bulk'),
    keepGraph: args.includes('--keep-graph'),
    out: value('--out') ?? DEFAULT_OUT,
  };
}

const log = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};

function rssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

async function resetGraph(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // Relationships first, in small transactions: a hub's DETACH DELETE alone can exceed the
    // transaction memory limit at 1000×.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
}

function writeCorpus(episodes: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `claimgraph-bench-${episodes}-`));
  for (const episode of generateCorpus({ episodes, seed: 1 })) {
    mkdirSync(path.join(dir, episode.id));
    writeFileSync(path.join(dir, episode.id, 'transcript.md'), episode.transcript);
    writeFileSync(path.join(dir, episode.id, 'annotations.yaml'), episode.annotations);
  }
  return dir;
}

/** Statements (B) sends for one request, and their db hits under PROFILE. */
async function profileOurs(
  db: Database,
  url: string,
  body: BenchCase['graphql'],
): Promise<{ statements: number; dbHits: number; errors: boolean }> {
  const seen: { cypher: string; params: Params }[] = [];
  db.onStatement = (cypher, params) => seen.push({ cypher, params });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  db.onStatement = undefined;
  let dbHits = 0;
  for (const { cypher, params } of seen) {
    const session = db.driver.session({ defaultAccessMode: 'READ' });
    try {
      const result = await session.run(`PROFILE ${cypher}`, toCypherParams(params));
      dbHits += result.summary.profile === false ? 0 : totalHits(result.summary.profile);
    } finally {
      await session.close();
    }
  }
  return { statements: seen.length, dbHits, errors: text.includes('"errors"') };
}

interface ProfiledNode {
  dbHits: number;
  children: ProfiledNode[];
}

function totalHits(plan: ProfiledNode): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + totalHits(child), 0);
}

async function profileCypher(driver: Driver, c: BenchCase): Promise<number> {
  let hits = 0;
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    for (const statement of c.cypher.statements) {
      const result = await session.run(`PROFILE ${statement}`, toCypherParams(c.cypher.params));
      hits += result.summary.profile === false ? 0 : totalHits(result.summary.profile);
    }
  } finally {
    await session.close();
  }
  return hits;
}

export interface CaseResult {
  name: string;
  kind: BenchCase['kind'];
  A: LoadResult;
  B: LoadResult;
  C: LoadResult | null;
  D: LoadResult | null;
  ourStatements: number;
  ourDbHits: number;
  cypherDbHits: number;
}

export interface ScaleResult {
  episodes: number;
  graph: { nodes: number; relationships: number };
  import: { milliseconds: number; rows: number; rowsPerSecond: number; peakRssMb: number } | null;
  /** npm run import:bulk on the same corpus, into an empty data directory of its own. */
  bulk?: BulkResult | null;
  transport: { shortP50: number; paddedP50: number; differenceMs: number };
  serverRssMb: { B: number | null; C: number | null; D: number | null };
  cases: CaseResult[];
}

async function runScale(
  episodes: number,
  uri: string,
  driver: Driver,
  options: Options,
  keepGraph: boolean,
): Promise<ScaleResult> {
  const db = new Database(driver);
  const dir = keepGraph ? null : writeCorpus(episodes);
  try {
    const imported = dir === null ? null : await freshImport(episodes, driver, db, dir);
    const bulk = dir !== null && options.withBulk ? await bulkImport(episodes, dir) : null;
    return { ...(await measure(episodes, uri, driver, db, imported, options)), bulk };
  } finally {
    if (dir !== null) rmSync(dir, { recursive: true, force: true });
  }
}

export interface BulkResult {
  milliseconds: number;
  rows: number;
  rowsPerSecond: number;
  phases: BulkReport['milliseconds'];
}

/**
 * The bulk path on the corpus in `dir`: bulkImportFiles into a fresh data directory, with the
 * heap and page cache of the bench's own Neo4j. Its time includes validation, the CSV files,
 * neo4j-admin, and Neo4j's start for the schema and derived parts.
 */
async function bulkImport(episodes: number, dir: string): Promise<BulkResult> {
  log(`scale ${episodes}×: bulk path (npm run import:bulk) into a data directory of its own`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bench-bulk-'));
  try {
    const report = await bulkImportFiles([dir], {
      port: await freePort(),
      dataDir,
      heap: '2g',
      pagecache: '1g',
      apoc: false,
      log: () => undefined,
    });
    const rows = report.nodes + report.relationships;
    const ms = report.milliseconds.total;
    log(
      `scale ${episodes}×: bulk ${rows} rows in ${ms} ms (${JSON.stringify(report.milliseconds)})`,
    );
    return {
      milliseconds: ms,
      rows,
      rowsPerSecond: Math.round(rows / (ms / 1000)),
      phases: report.milliseconds,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function freshImport(
  episodes: number,
  driver: Driver,
  db: Database,
  dir: string,
): Promise<NonNullable<ScaleResult['import']>> {
  log(`scale ${episodes}×: generating and importing`);
  await resetGraph(driver);
  await applySchema(db);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  const report = await importFiles(db, [dir]).finally(() => clearInterval(sampler));
  const rows = report.changes.nodesCreated + report.changes.relationshipsCreated;
  const imported = {
    milliseconds: report.milliseconds,
    rows,
    rowsPerSecond: Math.round(rows / (report.milliseconds / 1000)),
    peakRssMb: Math.round(peak / 1024 / 1024),
  };
  log(
    `scale ${episodes}×: ${rows} rows in ${report.milliseconds} ms (${imported.rowsPerSecond}/s)`,
  );
  return imported;
}

async function measure(
  episodes: number,
  uri: string,
  driver: Driver,
  db: Database,
  imported: ScaleResult['import'],
  options: Options,
): Promise<ScaleResult> {
  const load = { seconds: options.seconds, connections: options.connections };
  const warm = { seconds: options.warmup, connections: options.connections };
  const A = async (statements: readonly string[], params: Params): Promise<LoadResult> => {
    if (warm.seconds > 0) await loadCypher(driver, statements, params, warm);
    return loadCypher(driver, statements, params, load);
  };
  const graphQL = async (url: string, body: BenchCase['graphql']): Promise<LoadResult> => {
    if (warm.seconds > 0) await loadGraphQL(url, body, warm);
    return loadGraphQL(url, body, load);
  };
  const short = await A([TRANSPORT.short], {});
  const padded = await A([TRANSPORT.padded], {});
  const transport = {
    shortP50: short.p50,
    paddedP50: padded.p50,
    differenceMs: Math.round((padded.p50 - short.p50) * 100) / 100,
  };
  log(`transport: short ${short.p50} ms, 2 KB ${padded.p50} ms`);

  const f = await fixture(driver);
  const ours = await createApp({ db, nodeEnv: 'production', rate: RATE_OFF });
  const oursUrl = await ours.listen(0, '127.0.0.1');
  const B = await startServer('bench/servers/ours.ts', uri);
  const C = options.withC ? await startServer('bench/servers/neo4j-graphql.ts', uri) : null;
  const D = options.withD ? await startServer('bench/servers/naive.ts', uri) : null;
  const cases: CaseResult[] = [];
  try {
    for (const c of benchCases(f)) {
      const profile = await profileOurs(db, oursUrl, c.graphql);
      if (profile.errors) log(`  ${c.name}: our server answered with errors`);
      const result: CaseResult = {
        name: c.name,
        kind: c.kind,
        A: await A(c.cypher.statements, c.cypher.params),
        B: await graphQL(B.url, c.graphql),
        C: C && c.neo4jGraphql ? await graphQL(C.url, c.neo4jGraphql) : null,
        D: D ? await graphQL(D.url, c.graphql) : null,
        ourStatements: profile.statements,
        ourDbHits: profile.dbHits,
        cypherDbHits: await profileCypher(driver, c),
      };
      cases.push(result);
      log(
        `  ${c.name}: p50 A ${result.A.p50} B ${result.B.p50} C ${result.C?.p50 ?? '-'} D ${result.D?.p50 ?? '-'} ms` +
          ` (failures B ${result.B.failures} C ${result.C?.failures ?? '-'} D ${result.D?.failures ?? '-'})`,
      );
    }
    const serverRssMb = { B: rssMb(B.child.pid), C: rssMb(C?.child.pid), D: rssMb(D?.child.pid) };
    const counts = await graphSize(driver);
    return { episodes, graph: counts, import: imported, transport, serverRssMb, cases };
  } finally {
    await ours.close();
    for (const server of [B, C, D]) if (server) await stopServer(server);
  }
}

async function graphSize(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const record = (
      await session.run(
        'RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships',
      )
    ).records[0];
    return {
      nodes: Number(record?.get('nodes') ?? 0),
      relationships: Number(record?.get('relationships') ?? 0),
    };
  } finally {
    await session.close();
  }
}

async function versions(driver: Driver): Promise<Record<string, string>> {
  const info = await driver.getServerInfo();
  const pkg = (name: string): string => {
    try {
      const json = JSON.parse(
        readFileSync(path.join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8'),
      ) as { version?: string };
      return json.version ?? '?';
    } catch {
      return '?';
    }
  };
  return {
    node: process.version,
    neo4j: info.agent ?? '?',
    'neo4j-driver': pkg('neo4j-driver'),
    '@apollo/server': pkg('@apollo/server'),
    '@neo4j/graphql': pkg('@neo4j/graphql'),
    autocannon: pkg('autocannon'),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  const options = parseOptions(args);
  let local: LocalNeo4j | undefined;
  let uri = process.env.BENCH_NEO4J_URI;
  if (uri === undefined || uri === '') {
    local = await startLocalNeo4j({
      port: await freePort(),
      dataDir: mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bench-neo4j-')),
      heap: '2g',
      pagecache: '1g',
      apoc: false,
      log,
    });
    uri = local.uri;
  }
  // The Neo4j started here has auth on with a generated password; servers get it by env.
  const password = local?.password ?? process.env.BENCH_NEO4J_PASSWORD ?? '';
  process.env.BENCH_NEO4J_PASSWORD = password;
  const driver = createDriver({ uri, user: 'neo4j', password });
  try {
    const scales: ScaleResult[] = [];
    const started = new Date().toISOString();
    const info = await versions(driver);
    // Written after every scale, so a long run that stops late still leaves its figures.
    const save = (): void => {
      const result: BenchResult = {
        date: started,
        machine: {
          cpus: os.cpus().length,
          cpuModel: os.cpus()[0]?.model ?? '?',
          memoryGb: Math.round(os.totalmem() / 1024 ** 3),
          loadAverage: os.loadavg().map((n) => Math.round(n * 10) / 10),
        },
        versions: info,
        options: {
          seconds: options.seconds,
          warmup: options.warmup,
          connections: options.connections,
        },
        scales,
      };
      mkdirSync(options.out, { recursive: true });
      const json = `${JSON.stringify(result, null, 2)}\n`;
      writeFileSync(path.join(options.out, `${started.replace(/[:.]/g, '-')}.json`), json);
      writeFileSync(path.join(options.out, 'latest.json'), json);
      writeFileSync(path.join(options.out, 'latest.md'), markdownReport(result));
      if (options.out === DEFAULT_OUT) writeBenchmarksDoc(path.join(options.out, 'latest.json'));
    };
    for (const [i, episodes] of options.scales.entries()) {
      scales.push(await runScale(episodes, uri, driver, options, options.keepGraph && i === 0));
      save();
    }
    log(`results in ${options.out}/latest.json and latest.md`);
  } finally {
    await driver.close();
    await local?.stop();
  }
}

export type BenchResult = {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; loadAverage: number[] };
  versions: Record<string, string>;
  /** warmup: absent in runs from before it existed (they had none). */
  options: { seconds: number; warmup?: number; connections: number };
  scales: ScaleResult[];
};

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
