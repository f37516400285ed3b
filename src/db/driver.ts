import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
}

/**
 * One driver per process. Timeouts are far below the driver's defaults (30 s of retries, 60 s
 * to get a pooled connection) so that requests fail fast and clearly while Neo4j is away.
 */
export function createDriver({ uri, user, password }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    maxTransactionRetryTime: 2_000,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: false,
    logging: { level: 'error', logger: () => undefined },
  });
}
