import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';

import { toNative } from './to-native';

export type Params = Record<string, unknown>;

/**
 * The only way the rest of the service reaches Neo4j: managed (retried) read and write
 * transactions, with Neo4j values turned into plain JavaScript at this boundary. Every call is
 * counted so that tests and benchmarks can see round trips per request.
 */
export class Database {
  private calls = 0;

  constructor(
    readonly driver: Driver,
    readonly databaseName?: string,
  ) {}

  /** Number of transactions run so far through this instance. */
  get roundTrips(): number {
    return this.calls;
  }

  async read<Row>(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.readTx((tx) => tx.run(cypher, params)).then((result) => rows<Row>(result));
  }

  async write<Row>(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(cypher, params)).then((result) => rows<Row>(result));
  }

  async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.calls += 1;
    const session = this.driver.session({
      database: this.databaseName,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      return await session.executeRead(work);
    } finally {
      await session.close();
    }
  }

  async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.calls += 1;
    const session = this.driver.session({
      database: this.databaseName,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  /** A view of the same database that counts its own calls (one per request). */
  scoped(): Database {
    return new Database(this.driver, this.databaseName);
  }
}

export function rows<Row>(result: QueryResult): Row[] {
  return result.records.map((record) => toNative(record.toObject()) as Row);
}
