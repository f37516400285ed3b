// `npm run build`: the service compiled to dist/, then the browser assets into dist/public/.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

import { runCommand } from '../src/cli/command';
import { PROJECT_ROOT } from '../src/config';
import { buildAssets } from './build-assets';
import { buildWeb } from './build-web';

const SPEC = {
  usage: 'npm run build',
  description: `Compiles src/ to dist/ with tsc (tsconfig.build.json), builds the explorer's assets into
dist/public/ and the dashboard (web/) into web/dist/. Run the result with production dependencies only:
  npm ci --omit=dev && node dist/index.js`,
  options: {},
};

async function main(): Promise<number | void> {
  const dist = path.join(PROJECT_ROOT, 'dist');
  // Files of deleted sources would otherwise linger and still be importable.
  rmSync(dist, { recursive: true, force: true });
  const started = Date.now();
  process.stderr.write('build: compiling src/ to dist/ (tsc)\n');
  const tsc = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    { cwd: PROJECT_ROOT, stdio: 'inherit' },
  );
  if (tsc.status !== 0) {
    process.stderr.write('build: tsc failed\n');
    return tsc.status ?? 1;
  }
  process.stderr.write(`build: compiled in ${Date.now() - started} ms\n`);
  buildAssets({ force: true });
  await buildWeb({ ifStale: false });
  process.stderr.write('build: done; start it with: node dist/index.js\n');
}

void runCommand(SPEC, main);
