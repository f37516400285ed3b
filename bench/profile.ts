// npm run bench:profile: where the bench's B server spends its CPU under benchmark queries, by
// package or source folder (self time from a V8 CPU profile).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import autocannon from 'autocannon';

import { runCommand, UsageError } from '../src/cli/command';
import { benchCases, fixture } from './cases';
import { withSeededNeo4j, type SeededNeo4j } from './seeded-neo4j';
import { startServer, stopServer } from './servers/spawn';

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

/** Self time of a V8 CPU profile by bucket, in microseconds, and the whole sampled time. */
function selfTimes(profile: Profile): { self: Map<string, number>; total: number } {
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
  return { self, total };
}

/** Loads B, run under --cpu-prof, with each named query; returns the profile it wrote. */
async function profileUnderLoad(
  seeded: SeededNeo4j,
  profDir: string,
  names: string[],
  load: { seconds: number; connections: number },
): Promise<Profile> {
  process.env.BENCH_NEO4J_PASSWORD = seeded.server.password;
  const f = await fixture(seeded.driver);
  const server = await startServer('bench/servers/ours.ts', seeded.server.uri, [
    '--cpu-prof',
    `--cpu-prof-dir=${profDir}`,
  ]);
  try {
    for (const c of benchCases(f).filter((c) => names.includes(c.name))) {
      const result = await autocannon({
        url: server.url,
        method: 'POST',
        connections: load.connections,
        duration: load.seconds,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(c.graphql),
      });
      process.stdout.write(
        `${c.name}: ${result.requests.total} requests, p50 ${result.latency.p50} ms\n`,
      );
    }
  } finally {
    // The profile is written as the process exits.
    await stopServer(server);
  }
  const file = readdirSync(profDir).find((n) => n.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error(`the server wrote no profile into ${profDir}`);
  return JSON.parse(readFileSync(path.join(profDir, file), 'utf8')) as Profile;
}

async function main(names: string[], seconds: number, connections: number): Promise<void> {
  const profDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-prof-out-'));
  try {
    const profile = await withSeededNeo4j('prof', (seeded) =>
      profileUnderLoad(seeded, profDir, names, { seconds, connections }),
    );
    const { self, total } = selfTimes(profile);
    const busy = total - (self.get('(idle)') ?? 0);
    process.stdout.write(
      `profile: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s not idle\n`,
    );
    for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
      if (key === '(idle)') continue;
      process.stdout.write(`${((100 * us) / busy).toFixed(1).padStart(5)} %  ${key}\n`);
    }
  } finally {
    rmSync(profDir, { recursive: true, force: true });
  }
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
