// npm run test:time -- --before REV [--after REV] [--runs N]: times `npm test` at two commits.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { runCommand, UsageError } from '../src/cli/command';
import { PROJECT_ROOT } from '../src/config';

const SPEC = {
  usage: 'npm run test:time -- --before REV [--after REV] [--runs N]',
  description: `Times the whole \`npm test\` at two commits of this repository, each in a throwaway git
worktree with its own \`npm ci\`, runs alternating (before, after, before, after...) so that a
change in the machine's load falls on both. Prints each run's wall time, its exit code, the
tests jest counted and the load average around it, then the median of each side.
Run it on a quiet machine: every figure depends on the load. The worktrees (and the Neo4j each
npm test starts and stops) are removed afterwards; logs stay in a temporary folder it names.`,
  options: {
    before: { type: 'string', valueName: 'REV', description: 'the commit before the change' },
    after: {
      type: 'string',
      valueName: 'REV',
      description: 'the commit after it',
      default: 'HEAD',
    },
    runs: { type: 'string', valueName: 'N', description: 'runs of each side', default: '1' },
  },
} as const;

interface Run {
  side: 'before' | 'after';
  seconds: number;
  code: number | null;
  tests: string;
  load: string;
}

function git(args: string[]): string {
  const result = spawnSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

/** Runs `command` in `cwd` with its output in `log`; resolves with its exit code. */
function run(command: string, args: string[], cwd: string, log: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(log, { flags: 'a' });
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.once('error', reject);
    child.once('close', (code) => {
      out.end();
      resolve(code);
    });
  });
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function timeOnce(side: Run['side'], tree: string, logs: string, n: number): Promise<Run> {
  const log = path.join(logs, `${side}-${n}.log`);
  const load = loadAverage();
  const started = process.hrtime.bigint();
  const code = await run('npm', ['test'], tree, log);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const tests = /^Tests:\s+(.*)$/m.exec(readFileSync(log, 'utf8'))?.[1] ?? 'no summary';
  return { side, seconds, code, tests, load: `${load} → ${loadAverage()}` };
}

void runCommand(SPEC, async ({ values }) => {
  if (values.before === undefined) throw new UsageError('--before is required');
  const runs = Number(values.runs ?? '1');
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError('--runs must be a whole number');
  const revs = {
    before: git(['rev-parse', '--verify', `${values.before}^{commit}`]),
    after: git(['rev-parse', '--verify', `${values.after ?? 'HEAD'}^{commit}`]),
  };
  const logs = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-test-time-'));
  const trees: Record<Run['side'], string> = {
    before: path.join(logs, 'before'),
    after: path.join(logs, 'after'),
  };
  const results: Run[] = [];
  try {
    for (const side of ['before', 'after'] as const) {
      git(['worktree', 'add', '--detach', trees[side], revs[side]]);
      process.stderr.write(`test:time: npm ci at ${side} ${revs[side].slice(0, 10)}\n`);
      const code = await run('npm', ['ci'], trees[side], path.join(logs, `${side}-npm-ci.log`));
      if (code !== 0) throw new Error(`npm ci failed at ${side}; see ${logs}/${side}-npm-ci.log`);
    }
    for (let n = 1; n <= runs; n += 1) {
      for (const side of ['before', 'after'] as const) {
        process.stderr.write(`test:time: npm test, ${side}, run ${n} of ${runs}\n`);
        const result = await timeOnce(side, trees[side], logs, n);
        results.push(result);
        process.stdout.write(
          `${side.padEnd(6)} ${revs[side].slice(0, 10)}  ${result.seconds.toFixed(1)} s  exit ${String(result.code)}  tests: ${result.tests}  load ${result.load}\n`,
        );
      }
    }
  } finally {
    for (const tree of Object.values(trees)) {
      spawnSync('git', ['worktree', 'remove', '--force', tree], { cwd: PROJECT_ROOT });
      rmSync(tree, { recursive: true, force: true });
    }
  }
  const of = (side: Run['side']): number[] =>
    results.filter((r) => r.side === side).map((r) => r.seconds);
  const [before, after] = [median(of('before')), median(of('after'))];
  process.stdout.write(
    `median: before ${before.toFixed(1)} s, after ${after.toFixed(1)} s (${((100 * after) / before).toFixed(0)} %); logs in ${logs}\n`,
  );
  return results.every((r) => r.code === 0) ? 0 : 1;
});
