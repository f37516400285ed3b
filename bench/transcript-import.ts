// npm run bench:transcript: how long a one-hour WebVTT takes through `npm run transcript --
// import` and `npm run seed`, with the machine's load beside the figures.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { runCommand } from '../src/cli/command';
import { PROJECT_ROOT } from '../src/config';
import { freePort, startLocalNeo4j } from '../src/db/local-neo4j';
import { importTranscript } from '../src/ingest/captions/import-transcript';
import { oneHourVtt } from './one-hour-vtt';

const SPEC = {
  usage: 'npm run bench:transcript -- [--runs N]',
  description: `Generates a one-hour WebVTT (bench/one-hour-vtt.ts: about 900 cues, three voices), then times
npm run transcript -- import on it and npm run seed on the episode folder it writes, each as
a user runs them (a fresh process: tsx start-up included), into a throwaway Neo4j started
here. Prints the median and range of N runs, and the load average before and after: run it on
a quiet machine for figures worth quoting.`,
  options: {
    runs: { type: 'string', valueName: 'N', description: 'runs of each command', default: '3' },
  },
} as const;

const run = promisify(execFile);
const TSX = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

async function timed(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ ms: number; out: string }> {
  const started = performance.now();
  const { stdout, stderr } = await run(process.execPath, [TSX, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
  return { ms: performance.now() - started, out: `${stdout}${stderr}` };
}

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return `median ${(median / 1000).toFixed(2)} s (range ${((sorted[0] ?? 0) / 1000).toFixed(2)}-${((sorted.at(-1) ?? 0) / 1000).toFixed(2)} s, ${values.length} runs)`;
}

const load = (): string =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');

async function main(runs: number): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bench-transcript-'));
  const vtt = oneHourVtt();
  const file = path.join(work, 'one-hour.vtt');
  writeFileSync(file, vtt.text);
  const loadBefore = load();
  const neo4j = await startLocalNeo4j({
    port: await freePort(),
    dataDir: path.join(work, 'neo4j'),
    heap: '1g',
    pagecache: '512m',
    apoc: false,
    log: () => undefined,
  });
  const env = { NEO4J_URI: neo4j.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: neo4j.password };
  const importTimes: number[] = [];
  const seedTimes: number[] = [];
  const writeTimes: number[] = [];
  const inProcess: number[] = [];
  let summaryLine = '';
  try {
    for (let i = 0; i < runs; i += 1) {
      const out = path.join(work, `out-${i}`);
      const imported = await timed([
        'src/ingest/cli/transcript.ts',
        'import',
        file,
        '--title',
        `One Hour Bench ${i}`,
        '--aired',
        '2025-06-01',
        '--out',
        out,
      ]);
      importTimes.push(imported.ms);
      const started = performance.now();
      importTranscript({
        file,
        title: `One Hour In Process ${i}`,
        airDate: '2025-06-01',
        mediaUrl: null,
        speakerNames: new Map(),
        out,
      });
      inProcess.push(performance.now() - started);
      summaryLine = imported.out.split('\n')[0] ?? '';
      const seeded = await timed(['src/ingest/cli/seed.ts', out], env);
      seedTimes.push(seeded.ms);
      const done = /import: done in (\d+) ms/.exec(seeded.out)?.[1];
      if (done !== undefined) writeTimes.push(Number(done));
    }
  } finally {
    await neo4j.stop();
    rmSync(work, { recursive: true, force: true });
  }
  const kb = (Buffer.byteLength(vtt.text) / 1024).toFixed(0);
  process.stdout.write(
    [
      `one-hour WebVTT: ${vtt.cues} cues, ${vtt.voices.length} voices, ${vtt.seconds} s of audio, ${kb} KiB`,
      summaryLine,
      `npm run transcript -- import: ${summary(importTimes)}`,
      `  of which parsing, checking and writing the folder (in process): ${summary(inProcess)}`,
      `npm run seed (validate + write, new Neo4j ${neo4j.version}): ${summary(seedTimes)}`,
      `  of which the import itself ("import: done in"): ${summary(writeTimes)}`,
      `machine: ${os.cpus().length} CPU(s), Node ${process.version}; load average (1/5/15 min) before ${loadBefore}, after ${load()}`,
      '',
    ].join('\n'),
  );
}

void runCommand(SPEC, ({ values }) => main(Math.max(1, Number(values.runs ?? '3') || 3)));
