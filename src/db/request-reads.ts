import neo4j, { Neo4jError, type ManagedTransaction } from 'neo4j-driver';

/**
 * One read transaction shared by every read of a request: opened by the first read, used by
 * every loader wave after it, committed once the request has been idle for two turns of the
 * event loop (the wave scheduler dispatches the next wave after one). A request that reads in
 * three waves then costs one BEGIN and one COMMIT instead of three of each, and the statements
 * of one wave are pipelined on one connection instead of taking one connection each.
 *
 * It is still a managed transaction (`executeRead`): its work function is the life of the
 * request. A statement that fails drops the shared transaction (a failed transaction runs
 * nothing more) and runs again in a managed transaction of its own, which retries what can be
 * retried (a leader switch, a lost connection) as every other transaction of the service does;
 * the next read opens a new shared transaction.
 */
export class RequestReads {
  private open: Promise<Shared> | null = null;
  private running = 0;
  private idleCheck = false;
  /** Set once the database proved unreachable after the driver's retries: later reads fail at once. */
  private unreachable: Error | null = null;

  constructor(
    /** Opens a managed read transaction that calls `body` with it and commits when it resolves. */
    private readonly begin: (body: (tx: ManagedTransaction) => Promise<void>) => Promise<void>,
  ) {}

  /**
   * Runs `work` in the shared transaction. `fallback` runs the same work in a transaction of
   * its own, after a failure.
   */
  async run<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    fallback: () => Promise<T>,
  ): Promise<T> {
    // Each wave of a request would otherwise wait out the driver's retries again while Neo4j is
    // away, and a request of four waves would take four times as long to fail.
    if (this.unreachable !== null) throw this.unreachable;
    this.running += 1;
    const opening = this.open ?? this.start();
    try {
      // A transaction that could not begin was already retried by executeRead: that error stands.
      const shared = await this.noting(opening);
      try {
        return await work(shared.tx);
      } catch (error) {
        // Statements pipelined behind a failed one fail with its error, and which of them
        // hears it first is a matter of timing: so each runs again on its own, where a
        // statement that is itself at fault fails again with its own error. A timeout is not
        // run twice.
        this.drop(opening);
        if (isTimeout(error)) throw error;
        return await this.noting(fallback());
      }
    } finally {
      this.running -= 1;
      if (this.running === 0) this.scheduleIdleCheck();
    }
  }

  /** `pending`, remembering a failure that says the database cannot be reached. */
  private async noting<T>(pending: Promise<T>): Promise<T> {
    try {
      return await pending;
    } catch (error) {
      if (isUnreachable(error)) this.unreachable = error;
      throw error;
    }
  }

  /** Commits the shared transaction now, if one is open (before a write, at the end). */
  end(): void {
    if (this.open !== null) this.drop(this.open);
  }

  private start(): Promise<Shared> {
    const opened = new Promise<Shared>((resolve, reject) => {
      let finish: () => void = () => undefined;
      const finished = new Promise<void>((done) => {
        finish = done;
      });
      this.begin(async (tx) => {
        // A retry of the work (the commit failed and was retried) finds `finished` resolved.
        resolve({ tx, finish });
        await finished;
      }).catch((error: unknown) => {
        // Before `resolve`, this is the reason no transaction could begin; after it, a failed
        // commit of a read transaction, which has nothing to lose.
        finish();
        reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
    this.open = opened;
    // An unhandled rejection here would crash the process; the reads that wait see it.
    opened.catch(() => {
      if (this.open === opened) this.open = null;
    });
    return opened;
  }

  private drop(shared: Promise<Shared>): void {
    if (this.open === shared) this.open = null;
    void shared.then(
      (s) => s.finish(),
      () => undefined,
    );
  }

  /**
   * Two setImmediate turns: DataLoader's wave scheduler enqueues the next wave with one, from
   * the promise continuations of this one; if nothing started by the second, the request is
   * done reading (or waiting on something else, and will open a new transaction if it reads).
   */
  private scheduleIdleCheck(): void {
    if (this.idleCheck) return;
    this.idleCheck = true;
    setImmediate(() =>
      setImmediate(() => {
        this.idleCheck = false;
        if (this.running === 0) this.end();
      }),
    );
  }
}

interface Shared {
  tx: ManagedTransaction;
  finish: () => void;
}

/** Neo4j ended the transaction for running too long, or someone terminated it. */
function isTimeout(error: unknown): boolean {
  const code = error instanceof Neo4jError ? error.code : '';
  return /TransactionTimedOut|Terminated|TransactionMarkedAsFailed/.test(code);
}

/** The driver gave up reaching Neo4j (its retries included): nothing read now would succeed. */
function isUnreachable(error: unknown): error is Neo4jError {
  return (
    error instanceof Neo4jError &&
    (error.code === neo4j.error.SERVICE_UNAVAILABLE || error.code === neo4j.error.SESSION_EXPIRED)
  );
}
