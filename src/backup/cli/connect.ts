import { loadConfig } from '../../config';
import { describeConnectError, neo4jTarget } from '../../db/credentials';
import { Database } from '../../db/database';
import { createDriver } from '../../db/driver';
import { startLocalNeo4j, type LocalNeo4j } from '../../db/local-neo4j';

/**
 * Runs `work` against the graph a logical backup or restore is for: NEO4J_URI (any Neo4j, the
 * service may keep running), or else the project's own Neo4j, started on its data directory
 * for the length of the command (stop npm start first: one Neo4j per data directory).
 */
export async function withGraph<T>(
  command: string,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  if (config.neo4j === undefined) {
    local = await startLocalNeo4j({
      ...config.local,
      log: (line) => process.stderr.write(`${line}\n`),
    });
  }
  const target = neo4jTarget(config, local);
  const driver = createDriver(target);
  try {
    return await work(new Database(driver, target.database, { txTimeoutMs: 600_000 }));
  } catch (error) {
    throw new Error(`${command}: ${describeConnectError(error, target, config.local.dataDir)}`);
  } finally {
    await driver.close();
    await local?.stop();
  }
}
