/**
 * Builds (or reads from .claimgraph/explorer/) the GraphiQL bundle served at /graphql and prints
 * its size and how long that took. Run it to warm the cache, e.g. in an image build:
 *   npx tsx scripts/explorer-build.ts
 */
import { explorerAssets } from '../src/http/explorer';

async function main(): Promise<void> {
  const started = performance.now();
  const { html, js, css } = await explorerAssets();
  const ms = Math.round(performance.now() - started);
  const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
  process.stdout.write(
    `explorer: js ${kib(js.length)}, css ${kib(css.length)}, html ${kib(Buffer.byteLength(html))} in ${ms} ms\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
