// npm run screenshots: redraws the screenshots the docs show, from the browser tests that check
// what they show (so each picture is of the app as it is, not as it was).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { runCommand } from '../src/cli/command';
import { PROJECT_ROOT } from '../src/config';

const DOCS_SHOTS = path.join(PROJECT_ROOT, 'docs', 'screenshots');

const SPEC = {
  usage: 'npm run screenshots',
  description: `Runs the browser tests that take pictures, in headless Chromium (/usr/bin/chromium), each
against a throwaway Neo4j holding the bundled episode, and copies into docs/screenshots/ the
pictures the docs show (the files already there): the dashboard's views from
test/e2e/dashboard.test.ts, and the workbench from the journey and screenshot case of
test/e2e/workbench.test.ts (the caption fixture's episode after the journey annotated it, with
times, accepted claims, suggestions and a prediction form). Without this script the tests
write their pictures under test-results/screenshots instead.`,
  options: {},
} as const;

function jest(file: string, pattern: string | null, env: Record<string, string>): number {
  const args = ['--runInBand', '--selectProjects', 'e2e'];
  if (pattern !== null) args.push('--testNamePattern', pattern);
  const run = spawnSync(
    path.join(PROJECT_ROOT, 'node_modules', '.bin', 'jest'),
    [...args, '--', file],
    {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    },
  );
  return run.status ?? 1;
}

void runCommand(SPEC, () => {
  const shots = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-shots-'));
  try {
    const dashboard = jest('test/e2e/dashboard.test.ts', null, { DASHBOARD_SCREENSHOT_DIR: shots });
    const workbench = jest('test/e2e/workbench.test.ts', 'journey|screenshot', {
      WORKBENCH_SCREENSHOT_DIR: shots,
    });
    const wanted = readdirSync(DOCS_SHOTS).filter((file) => file.endsWith('.png'));
    const copied = wanted.filter((file) => existsSync(path.join(shots, file)));
    for (const file of copied) copyFileSync(path.join(shots, file), path.join(DOCS_SHOTS, file));
    const missing = wanted.filter((file) => !copied.includes(file));
    process.stderr.write(`screenshots: ${copied.length} written to docs/screenshots/\n`);
    if (missing.length > 0) process.stderr.write(`screenshots: not taken: ${missing.join(', ')}\n`);
    return dashboard === 0 && workbench === 0 && missing.length === 0 ? 0 : 1;
  } finally {
    rmSync(shots, { recursive: true, force: true });
  }
});
