import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
}

/**
 * One driver per process.
 *
 * TCP_NODELAY: neo4j-driver 5.28 writes Bolt in 1,400-byte chunks on sockets without
 * TCP_NODELAY and has no option for it, so any statement over one chunk waited ~40 ms for the
 * server's delayed ACK (Nagle). `patches/neo4j-driver-bolt-connection+5.28.3.patch` (applied by
 * patch-package on install) adds `socket.setNoDelay(true)` where the driver configures every
 * socket it opens; `npm run bench` pins it (case `transport`). Upstream, the fix is the same
 * line in `configureSocket` of `channel/node/node-channel.js`, or a `noDelay` driver option
 * passed through `ChannelConfig`, as the Rust driver and the driver test kit already do.
 * Timeouts are far below the driver's defaults (30 s of retries, 60 s
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
