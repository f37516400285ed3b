import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './local-neo4j';

export type SupervisedState = 'starting' | 'running' | 'restarting' | 'stopped';

/** What /health reports about the Neo4j this service runs itself. */
export interface SupervisorStatus {
  state: SupervisedState;
  pid: number | null;
  /** Restarts after unexpected exits since the service started. */
  restarts: number;
  /** How the last unexpected exit was seen, with its time; null when there was none. */
  lastExit: string | null;
  /** When the next restart attempt is due (ISO time), while restarting. */
  nextAttemptAt: string | null;
}

export interface SupervisorOptions {
  neo4j: LocalNeo4jOptions;
  log: (line: string) => void;
  /** Delay before the first restart attempt; doubled after each failure up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Injectable for tests. */
  start?: (options: LocalNeo4jOptions) => Promise<LocalNeo4j>;
}

/**
 * Keeps the service's own Neo4j running: when the JVM exits without being asked to (a kill, an
 * out-of-memory exit), it logs that at once and starts it again on the same port and data
 * directory, with exponential backoff bounded by maxDelayMs. The driver keeps its URI, so
 * requests succeed again as soon as the new JVM answers; until then they fail fast with
 * DATABASE_UNAVAILABLE (the driver's timeouts).
 */
export class Neo4jSupervisor {
  private current: LocalNeo4j | undefined;
  private stopping = false;
  private timer: NodeJS.Timeout | undefined;
  private statusNow: SupervisorStatus = {
    state: 'starting',
    pid: null,
    restarts: 0,
    lastExit: null,
    nextAttemptAt: null,
  };
  private readonly initialDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly startNeo4j: (options: LocalNeo4jOptions) => Promise<LocalNeo4j>;

  constructor(private readonly options: SupervisorOptions) {
    this.initialDelayMs = options.initialDelayMs ?? 1_000;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    this.startNeo4j = options.start ?? startLocalNeo4j;
  }

  /** Starts Neo4j the first time; a failure here is the caller's (the service cannot start). */
  async start(): Promise<LocalNeo4j> {
    const server = await this.startNeo4j(this.options.neo4j);
    this.adopt(server);
    return server;
  }

  status(): SupervisorStatus {
    return { ...this.statusNow };
  }

  /** The running server's pid; undefined while none runs. */
  get pid(): number | undefined {
    return this.current?.pid;
  }

  /** Stops Neo4j and any pending restart; resolves once the JVM has exited. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    this.statusNow = { ...this.statusNow, state: 'stopped', nextAttemptAt: null };
    await this.current?.stop();
  }

  private adopt(server: LocalNeo4j): void {
    this.current = server;
    this.statusNow = { ...this.statusNow, state: 'running', pid: server.pid, nextAttemptAt: null };
    void server.exited.then(() => {
      if (this.stopping || this.current !== server) return;
      this.current = undefined;
      const when = new Date().toISOString();
      this.options.log(
        `neo4j: the service's own Neo4j (pid ${server.pid}) exited unexpectedly at ${when}; restarting`,
      );
      this.statusNow = {
        ...this.statusNow,
        state: 'restarting',
        pid: null,
        lastExit: `pid ${server.pid} exited at ${when}`,
      };
      this.schedule(this.initialDelayMs, 1);
    });
  }

  private schedule(delayMs: number, attempt: number): void {
    if (this.stopping) return;
    this.statusNow = {
      ...this.statusNow,
      nextAttemptAt: new Date(Date.now() + delayMs).toISOString(),
    };
    this.timer = setTimeout(() => void this.restart(delayMs, attempt), delayMs);
  }

  private async restart(delayMs: number, attempt: number): Promise<void> {
    if (this.stopping) return;
    const started = Date.now();
    this.options.log(`neo4j: restart attempt ${attempt}`);
    try {
      const server = await this.startNeo4j(this.options.neo4j);
      if (this.stopping) {
        await server.stop();
        return;
      }
      this.statusNow = { ...this.statusNow, restarts: this.statusNow.restarts + 1 };
      this.adopt(server);
      this.options.log(
        `neo4j: back after attempt ${attempt} (pid ${server.pid}, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    } catch (error) {
      const next = Math.min(delayMs * 2, this.maxDelayMs);
      this.options.log(
        `neo4j: restart attempt ${attempt} failed: ${error instanceof Error ? error.message : String(error)}; next in ${next / 1000} s`,
      );
      this.schedule(next, attempt + 1);
    }
  }
}
