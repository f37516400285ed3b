import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
} from 'neo4j-driver';

import { RequestReads } from './request-reads';
import { toNative } from './to-native';

export type Params = Record<string, unknown>;

/**
 * Every transaction gets this timeout unless the Database is given another: Neo4j ends a
 * runaway statement (TransactionTimedOut) instead of letting it hold a request and its locks.
 */
export const DEFAULT_TX_TIMEOUT_MS = 30_000;

export interface TransactionOptions {
  /** This transaction's timeout, in ms, instead of the Database's own (imports need longer). */
  timeoutMs?: number;
}

export interface DatabaseOptions {
  /** Timeout of every transaction, in ms (sent to Neo4j with the transaction). */
  txTimeoutMs?: number;
}

/** The part of a managed transaction repositories use: run, counted. */
export interface CountedTransaction {
  run(cypher: string, params?: Params): Promise<QueryResult>;
}

/**
 * The only way the rest of the service reaches Neo4j: managed (retried) read and write
 * transactions, with Neo4j values turned into plain JavaScript at this boundary. Every
 * statement and transaction is counted, here and in the parent it was scoped from, so tests and
 * benchmarks can see round trips per request. A view scoped to one request (scoped()) runs all
 * its reads in one shared read transaction (request-reads.ts).
 */
export class Database {
  private statements = 0;
  private transactionsBegun = 0;
  private running = 0;
  /** Sees every statement sent through this instance or one scoped from it (benchmarks). */
  onStatement: ((cypher: string, params: Params) => void) | undefined;
  private idleListeners: (() => void)[] = [];

  private readonly txTimeoutMs: number;
  /** The request's shared read transaction; only views made by scoped() have one. */
  private readonly shared: RequestReads | undefined;

  constructor(
    readonly driver: Driver,
    readonly databaseName?: string,
    options: DatabaseOptions = {},
    private readonly parent?: Database,
    /**
     * Shared by every session of one request (see scoped()), so a read after a write waits for
     * that write on a cluster (neo4j:// routing to a follower). Unscoped: the driver's own.
     */
    private readonly bookmarkManager?: BookmarkManager,
  ) {
    this.txTimeoutMs = options.txTimeoutMs ?? DEFAULT_TX_TIMEOUT_MS;
    this.shared = parent
      ? new RequestReads((body) => this.session(neo4j.session.READ, body))
      : undefined;
  }

  /** Cypher statements sent so far through this instance (and the ones scoped from it). */
  get roundTrips(): number {
    return this.statements;
  }

  /** Transactions begun so far through this instance (and the ones scoped from it). */
  get transactions(): number {
    return this.transactionsBegun;
  }

  async read<Row>(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.readTx((tx) => tx.run(cypher, params)).then((result) => rows<Row>(result));
  }

  async write<Row>(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(cypher, params)).then((result) => rows<Row>(result));
  }

  async readTx<T>(
    work: (tx: CountedTransaction) => Promise<T>,
    options: TransactionOptions = {},
  ): Promise<T> {
    const alone = (): Promise<T> => this.transaction(neo4j.session.READ, work, options);
    const shared = this.shared;
    return this.track(() =>
      shared && options.timeoutMs === undefined
        ? shared.run((tx) => work(this.counted(tx)), alone)
        : alone(),
    );
  }

  async writeTx<T>(
    work: (tx: CountedTransaction) => Promise<T>,
    options: TransactionOptions = {},
  ): Promise<T> {
    // Reads after this write open a new transaction, which waits for its bookmark.
    this.shared?.end();
    return this.track(() => this.transaction(neo4j.session.WRITE, work, options));
  }

  /** Reads and writes running now through this instance. */
  get inFlight(): number {
    return this.running;
  }

  /** Calls `listener` once, as soon as no read or write of this instance is running. */
  whenIdle(listener: () => void): void {
    if (this.running === 0) listener();
    else this.idleListeners.push(listener);
  }

  private async track<T>(work: () => Promise<T>): Promise<T> {
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      if (this.running === 0) {
        for (const listener of this.idleListeners.splice(0)) listener();
      }
    }
  }

  private transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: CountedTransaction) => Promise<T>,
    options: TransactionOptions,
  ): Promise<T> {
    return this.session(mode, (tx) => work(this.counted(tx)), options);
  }

  /** One managed transaction in a session of its own, closed after it. */
  private async session<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    options: TransactionOptions = {},
  ): Promise<T> {
    const session = this.driver.session({
      database: this.databaseName,
      defaultAccessMode: mode,
      ...(this.bookmarkManager ? { bookmarkManager: this.bookmarkManager } : {}),
    });
    const config = { timeout: options.timeoutMs ?? this.txTimeoutMs };
    const begun = (tx: ManagedTransaction): Promise<T> => {
      this.countTransaction();
      return work(tx);
    };
    try {
      return mode === neo4j.session.READ
        ? await session.executeRead(begun, config)
        : await session.executeWrite(begun, config);
    } finally {
      await session.close();
    }
  }

  /**
   * A view of the same database for one request: it counts its own statements, gives all its
   * sessions one bookmark manager, so the request reads its own writes, and shares one read
   * transaction between its reads.
   */
  scoped(): Database {
    return new Database(
      this.driver,
      this.databaseName,
      { txTimeoutMs: this.txTimeoutMs },
      this,
      neo4j.bookmarkManager(),
    );
  }

  /** The bookmarks this view's writes left (for tests of read-your-writes). */
  async bookmarks(): Promise<Iterable<string>> {
    return this.bookmarkManager ? this.bookmarkManager.getBookmarks() : [];
  }

  private count(cypher: string, params: Params): void {
    this.statements += 1;
    this.onStatement?.(cypher, params);
    this.parent?.count(cypher, params);
  }

  private countTransaction(): void {
    this.transactionsBegun += 1;
    this.parent?.countTransaction();
  }

  private counted(tx: ManagedTransaction): CountedTransaction {
    return {
      run: (cypher, params = {}) => {
        this.count(cypher, params);
        return tx.run(cypher, toCypherParams(params));
      },
    };
  }
}

export function rows<Row>(result: QueryResult): Row[] {
  return result.records.map((record) => toNative(record.toObject()) as Row);
}

/**
 * JavaScript has one number type; Cypher needs integers for LIMIT, list slices and counts.
 * Whole numbers go as Cypher integers, the rest as floats.
 */
export function toCypherParams(value: Params): Params {
  return convert(value) as Params;
}

function convert(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(convert);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = convert(inner);
    return out;
  }
  return value;
}
