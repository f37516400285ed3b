import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const started = globalThis.claimgraphTestNeo4j ?? [];
  globalThis.claimgraphTestNeo4j = undefined;
  await Promise.all(
    started.map(async ({ server, dataDir }) => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }),
  );
}
