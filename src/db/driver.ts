import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
}

/**
 * One driver per process.
 *
 * TCP_NODELAY: neo4j-driver 6.3 sets it on every Bolt socket it opens (`configureSocket` in
 * `channel/node/node-channel.js` calls `setNoDelay(true)`). The 5.x drivers did not, so any
 * statement over one 1,400-byte Bolt chunk waited ~40 ms for the server's delayed ACK;
 * `npm run bench` keeps checking it (its transport case sends a 2 KB statement beside a short one).
 * Timeouts are far below the driver's defaults (30 s of retries, 60 s
 * to get a pooled connection) so that requests fail fast and clearly while Neo4j is away.
 */
export function createDriver({ uri, user, password }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    maxTransactionRetryTime: 2_000,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 50,
    // Integers arrive as JavaScript numbers, converted by the driver as it reads them: ids and
    // counts here stay far below 2^53, and rows need no second pass (to-native.ts).
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
  });
}
