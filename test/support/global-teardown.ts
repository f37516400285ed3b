import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const started = globalThis.claimgraphTestNeo4j;
  if (started === undefined) return;
  await started.server.stop();
  rmSync(started.dataDir, { recursive: true, force: true });
}
