// Builds the browser assets the service serves (today: the explorer), when they are missing or
// stale. `npm start` and the test setup call this; `npm run build` calls it after tsc.
import { buildExplorer, explorerUpToDate } from './build/explorer';
import { runCommand } from '../src/cli/command';
import { EXPLORER_ASSET_DIR } from '../src/http/explorer';

const SPEC = {
  usage: 'npm run build:assets [-- --force]',
  description: `Builds the browser assets under dist/public/ when they are missing or made from other package
versions: the explorer (GraphiQL) from the minified bundles its packages ship.`,
  options: { force: { type: 'boolean', description: 'rebuild even when up to date' } },
} as const;

export function buildAssets(options: { force?: boolean; log?: (line: string) => void } = {}): void {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (!options.force && explorerUpToDate()) return;
  const started = Date.now();
  log('build: assembling the explorer (GraphiQL) from its prebuilt bundles');
  const manifest = buildExplorer();
  log(
    `build: explorer ${manifest.fingerprint} in ${EXPLORER_ASSET_DIR} (${Date.now() - started} ms)`,
  );
}

if (require.main === module) {
  void runCommand(SPEC, ({ values }) => buildAssets({ force: values.force === true }));
}
