import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';

/** The Neo4j a benchmark server reads: BENCH_NEO4J_URI and its password, set by bench/run.ts. */
export function benchDatabase(): Database {
  const uri = process.env.BENCH_NEO4J_URI;
  if (uri === undefined || uri === '') throw new Error('BENCH_NEO4J_URI is not set');
  const password = process.env.BENCH_NEO4J_PASSWORD ?? '';
  return new Database(createDriver({ uri, user: 'neo4j', password }));
}

/** Tells the parent process where this server listens, then keeps running until killed. */
export function announce(url: string): void {
  process.stdout.write(`READY ${url}\n`);
  process.on('SIGTERM', () => process.exit(0));
}
