// `npm run build`: the service compiled to dist/, then the browser assets into dist/public/.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../src/config';
import { buildAssets } from './build-assets';

const HELP = `usage: npm run build

Compiles src/ to dist/ with tsc (tsconfig.build.json) and builds the browser assets into
dist/public/. Run the result with production dependencies only:
  npm ci --omit=dev && node dist/index.js
`;

function main(): void {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
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
    process.exit(tsc.status ?? 1);
  }
  process.stderr.write(`build: compiled in ${Date.now() - started} ms\n`);
  buildAssets({ force: true });
  process.stderr.write('build: done; start it with: node dist/index.js\n');
}

main();
