// npm run bench:profile: where the bench's B server spends its CPU under benchmark queries, by
// package or source folder (self time from a V8 CPU profile).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import autocannon from 'autocannon';

import { runCommand, UsageError } from '../src/cli/command';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { freePort, startLocalNeo4j } from '../src/db/local-neo4j';
import { applySchema } from '../src/db/schema';
import { importFiles } from '../src/ingest/import-corpus';
import { benchCases, fixture } from '../bench/cases';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const SPEC = {
  usage: 'npm run bench:profile -- [--seconds S] [--connections C] [QUERY ...]',
  description: `Starts a throwaway Neo4j with the bundled episode, runs the bench's B server
(bench/servers/ours.ts) in its own process under node --cpu-prof, loads it with each named
benchmark query (default: claim by id, claims first:100 page 1) through autocannon, stops it, and
prints the self time of the profile by package, Node module or src/ folder, most first. Run it
with nothing else on the machine.`,
  options: {
    seconds: { type: 'string', valueName: 'S', description: 'load per query', default: '8' },
    connections: {
      type: 'string',
      valueName: 'C',
      description: 'concurrent connections',
      default: '4',
    },
  },
  positionals: { name: 'QUERY' },
} as const;

const DEFAULT_QUERIES = ['claim by id', 'claims first:100 page 1'];

/** A profile node's bucket: its npm package, Node module, src/ folder, or V8's own label. */
function bucket(url: string, fn: string): string {
  if (url === '') return fn.startsWith('(') ? fn : `(${fn || 'native'})`;
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return url;
  const src = url.indexOf('/src/');
  if (src >= 0)
    return url
      .slice(src + 1)
      .split('/')
      .slice(0, 2)
      .join('/');
  return url;
}

async function main(names: string[], seconds: number, connections: number): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-prof-'));
  const profDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-prof-out-'));
  const server = await startLocalNeo4j({
    port: await freePort(),
    dataDir,
    heap: '1g',
    pagecache: '256m',
    apoc: false,
    log: () => undefined,
  });
  const driver = createDriver({ uri: server.uri, user: 'neo4j', password: server.password });
  const db = new Database(driver);
  await applySchema(db);
  await importFiles(db, [loadConfig().seedDir]);
  const f = await fixture(driver);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--import', 'tsx', 'bench/servers/ours.ts'],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        BENCH_NEO4J_URI: server.uri,
        BENCH_NEO4J_PASSWORD: server.password,
        BENCH_PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url: string = await new Promise((resolve) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /READY (\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
  });
  const cases = benchCases(f).filter((c) => names.includes(c.name));
  for (const c of cases) {
    const result = await autocannon({
      url,
      method: 'POST',
      connections,
      duration: seconds,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(c.graphql),
    });
    process.stdout.write(
      `${c.name}: ${result.requests.total} requests, p50 ${result.latency.p50} ms\n`,
    );
  }
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  const file = readdirSync(profDir).find((n) => n.endsWith('.cpuprofile'));
  const profile = JSON.parse(readFileSync(path.join(profDir, file ?? ''), 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const key = bucket(node?.callFrame.url ?? '', node?.callFrame.functionName ?? '');
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  const busy = total - (self.get('(idle)') ?? 0);
  process.stdout.write(
    `profile: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s not idle\n`,
  );
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    if (key === '(idle)') continue;
    process.stdout.write(`${((100 * us) / busy).toFixed(1).padStart(5)} %  ${key}\n`);
  }
  await driver.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(profDir, { recursive: true, force: true });
}
void runCommand(SPEC, ({ positionals, values }) => {
  const names = positionals.length > 0 ? positionals : DEFAULT_QUERIES;
  const known = benchCases({
    claimId: '',
    speakerId: '',
    hubId: '',
    dueAfter: '',
    deepSortKey: '',
    deepOffset: 0,
  }).map((c) => c.name);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0)
    throw new UsageError(
      `no benchmark query named ${unknown.join(', ')}; they are: ${known.join('; ')}`,
    );
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  if (!(seconds > 0) || !Number.isInteger(connections) || connections < 1)
    throw new UsageError('--seconds and --connections take positive numbers');
  return main(names, seconds, connections);
});
