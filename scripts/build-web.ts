// Builds the dashboard (web/) into web/dist with Vite. --if-stale skips the build when nothing it
// is made from changed since the last one; `npm start` uses that.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { runCommand } from '../src/cli/command';
import { PROJECT_ROOT } from '../src/config';

const WEB = path.join(PROJECT_ROOT, 'web');
const DIST = path.join(WEB, 'dist');
const STAMP = path.join(DIST, '.sources');

const SPEC = {
  usage: 'npm run build:web [-- --if-stale]',
  description:
    'Builds the dashboard in web/ with Vite into web/dist, which the service serves at /.',
  options: {
    'if-stale': {
      type: 'boolean',
      description: 'build only when web/ or the installed packages changed since the last build',
    },
  },
} as const;

/** Files the build is made from: web/ (but its output), the lockfile (package versions) and this script. */
function sources(dir = WEB): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== DIST && entry.name !== 'node_modules') files.push(...sources(full));
    } else {
      files.push(full);
    }
  }
  return files.sort();
}

function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of [...sources(), path.join(PROJECT_ROOT, 'package-lock.json'), __filename]) {
    hash.update(path.relative(PROJECT_ROOT, file)).update('\0').update(readFileSync(file));
  }
  return hash.digest('hex');
}

export async function buildWeb(options: { ifStale: boolean }): Promise<'built' | 'fresh'> {
  const wanted = fingerprint();
  const built =
    existsSync(STAMP) && existsSync(path.join(DIST, 'index.html'))
      ? readFileSync(STAMP, 'utf8').trim()
      : '';
  if (options.ifStale && built === wanted) {
    process.stderr.write('dashboard: web/dist is up to date\n');
    return 'fresh';
  }
  process.stderr.write(
    `dashboard: ${built === '' ? 'not built yet' : 'sources changed'}; building web/ with Vite ` +
      '(about a minute on a small machine)\n',
  );
  const started = Date.now();
  // Vite follows NODE_ENV over its mode; under jest (NODE_ENV=test) it would bundle React's
  // development build.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({
    configFile: path.join(WEB, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'info',
  });
  writeFileSync(STAMP, `${wanted}\n`);
  const size = readdirSync(path.join(DIST, 'assets')).reduce(
    (sum, file) => sum + statSync(path.join(DIST, 'assets', file)).size,
    0,
  );
  process.stderr.write(
    `dashboard: built in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
      `${(size / 1024).toFixed(0)} KiB of assets in web/dist\n`,
  );
  return 'built';
}

if (require.main === module) {
  void runCommand(SPEC, async ({ values }) => {
    await buildWeb({ ifStale: values['if-stale'] === true });
  });
}
