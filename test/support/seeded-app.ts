import { hashToken, newToken, type Role, type TokenEntry } from '../../src/auth';
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { corpusDigest } from '../../src/ingest/corpus-digest';
import { seedBundledCorpus } from '../../src/ingest/seed-bundled';
import type { App, AppDeps } from '../../src/server';
import { Checkpoint } from './checkpoint';
import { SEED_DIR } from './corpus';
import { claimTestDatabase, resetGraph, SEEDED_WITH, TEST_MARKER_LABEL } from './graph';
import { postGraphQL, startApp, type GraphQLResponse, type RunningApp } from './http';
import { TEST_RUN_ENV, testDatabase } from './neo4j';

/**
 * One integration-test file's world: the test Neo4j emptied, the schema applied, the bundled
 * corpus imported once (seededApp) or not at all (unseededApp), and the real HTTP server on a
 * free port. Call it once at the top of a file; it registers its own beforeAll and afterAll.
 *
 * A seeded file shares one import between its tests, so a test that changes the graph puts
 * it back: `afterEach(() => api.restore())` in the describe whose tests write. After the last
 * test the fixture checks that the graph is the imported one again, and fails the file (naming
 * what differs) if a test left a change behind.
 *
 * The import is what `npm start` does (seedBundledCorpus). A file that ends with the graph
 * exactly as imported says so on the test marker node, with this run's id and a fingerprint of
 * every node and relationship; the next seeded file of the same run compares the graph with
 * that fingerprint and, when they match, skips the reset and the import. Anything else
 * (another file's reset, a change left behind, a restore that had to make deleted data again,
 * other corpus files on disk, a later run) fails the comparison, and the file imports afresh.
 * CLAIMGRAPH_TEST_FRESH_IMPORT=1 imports in every file regardless.
 */
export interface AppFixture {
  readonly db: Database;
  readonly app: App;
  /** The GraphQL endpoint, `http://127.0.0.1:PORT/graphql`. */
  readonly url: string;
  /** The server's root, for routes beside /graphql. */
  readonly base: string;
  /** A caller with the editor role, known to the app as `test-editor`. */
  readonly editor: TestToken;
  /** A caller with the reader role, known to the app as `test-reader`. */
  readonly reader: TestToken;
  /** Posts an operation, as the caller `as` (a TestToken, or any headers) when given. */
  gql<T = Data>(query: string, variables?: Data, as?: Caller): Promise<GraphQLResponse<T>>;
  /** The data of an operation that must succeed; throws with the errors otherwise. */
  ok<T = Data>(query: string, variables?: Data, as?: Caller): Promise<T>;
  /** Another server on the same database (say, with NODE_ENV=production); closed after the file. */
  startApp(nodeEnv?: string, extra?: Omit<Partial<AppDeps>, 'db' | 'nodeEnv'>): Promise<RunningApp>;
  /** Undoes every change to the graph since the import (and `setUp`); seeded files only. */
  restore(): Promise<void>;
}

type Data = Record<string, unknown>;

/** Who sends a request: its headers (a TestToken is one). */
export interface Caller {
  headers: Record<string, string>;
}

export interface TestToken {
  name: string;
  role: Role;
  /** The bearer token itself. */
  token: string;
  /** What the app's token table holds for it. */
  entry: TokenEntry;
  /** `{ authorization: 'Bearer …' }`. */
  headers: Record<string, string>;
}

/** A fresh token for a caller of the given name and role. */
export function makeToken(name: string, role: Role = 'editor'): TestToken {
  const token = newToken();
  return {
    name,
    role,
    token,
    entry: { name, role, hash: hashToken(token) },
    headers: { authorization: `Bearer ${token}` },
  };
}

export interface FixtureOptions {
  /** NODE_ENV as the app sees it ('test' unless given). */
  nodeEnv?: string;
  /** Callers the app knows besides `editor` and `reader`. */
  tokens?: TestToken[];
  /** The rest of the app's dependencies (clock, CORS origins...). */
  app?: Omit<Partial<AppDeps>, 'db' | 'nodeEnv' | 'tokens'>;
  /**
   * Runs once after the import and before the checkpoint: state every test of the file may
   * rely on (a resolution, say). restore() keeps it.
   */
  setUp?: (fixture: AppFixture) => Promise<void>;
}

// A cold Neo4j plans the import's statements first; on a busy machine that takes a while.
const SETUP_TIMEOUT_MS = 180_000;

/** The bundled corpus, imported once for the file, behind the real server. */
export function seededApp(options: FixtureOptions = {}): AppFixture {
  return register(new Fixture(options, true));
}

/** An empty graph (schema applied) behind the real server, for files that import their own. */
export function unseededApp(options: FixtureOptions = {}): AppFixture {
  return register(new Fixture(options, false));
}

/** This run's id and the corpus files' digest, joined; undefined outside a jest run. */
function handOverKey(): string | undefined {
  const run = process.env[TEST_RUN_ENV];
  return run === undefined ? undefined : `${run}/${corpusDigest([SEED_DIR])}`;
}

function register(fixture: Fixture): AppFixture {
  beforeAll(() => fixture.start(), SETUP_TIMEOUT_MS);
  afterAll(() => fixture.stop());
  return fixture;
}

class Fixture implements AppFixture {
  readonly editor = makeToken('test-editor', 'editor');
  readonly reader = makeToken('test-reader', 'reader');
  private started: { db: Database; running: RunningApp } | undefined;
  private readonly others: RunningApp[] = [];
  /** The graph after setUp: what restore() goes back to. */
  private checkpoint: Checkpoint | undefined;
  /** The graph as the import left it (before setUp). */
  private imported: Checkpoint | undefined;

  constructor(
    private readonly options: FixtureOptions,
    private readonly seeded: boolean,
  ) {}

  async start(): Promise<void> {
    const db = testDatabase();
    try {
      if (this.seeded) await this.seed(db);
      else {
        await resetGraph(db);
        await applySchema(db);
      }
      const running = await startApp(db, this.options.nodeEnv ?? 'test', {
        ...this.options.app,
        tokens: [this.editor, this.reader, ...(this.options.tokens ?? [])].map((t) => t.entry),
      });
      this.started = { db, running };
    } catch (error) {
      await db.driver.close();
      throw error;
    }
    await this.options.setUp?.(this);
    if (this.seeded) this.checkpoint = await Checkpoint.take(db.driver);
  }

  /** The bundled corpus, imported unless the graph is already exactly that import. */
  private async seed(db: Database): Promise<void> {
    await claimTestDatabase(db);
    await applySchema(db);
    // Taken off first: if this file fails half way, the next one will not trust the graph.
    const [marker] = await db.write<{ seededWith: string | null }>(
      `MATCH (m:${TEST_MARKER_LABEL})
       WITH m, m.${SEEDED_WITH} AS seededWith REMOVE m.${SEEDED_WITH}
       RETURN seededWith`,
    );
    const [claimed, fingerprint] = (marker?.seededWith ?? '').split(' ');
    if (claimed === handOverKey() && process.env.CLAIMGRAPH_TEST_FRESH_IMPORT !== '1') {
      const found = await Checkpoint.take(db.driver);
      if (found.fingerprint() === fingerprint) {
        this.imported = found;
        return;
      }
    }
    await resetGraph(db);
    await seedBundledCorpus(db, SEED_DIR, () => undefined);
    this.imported = await Checkpoint.take(db.driver);
  }

  async stop(): Promise<void> {
    if (this.started === undefined) return;
    const { db, running } = this.started;
    this.started = undefined;
    try {
      const left = (await this.checkpoint?.differences()) ?? [];
      if (left.length > 0) {
        throw new Error(
          `a test changed the bundled corpus and did not restore it (call restore() after it):\n` +
            left.slice(0, 20).join('\n'),
        );
      }
      await this.handOver(db);
    } finally {
      for (const other of this.others.splice(0)) await other.app.close();
      await running.app.close();
      await db.driver.close();
    }
  }

  /** Undoes `setUp` and tells the next file the graph is the import, when it is exactly that. */
  private async handOver(db: Database): Promise<void> {
    const imported = this.imported;
    if (imported === undefined) return;
    await imported.restore();
    const key = handOverKey();
    if (key === undefined || this.checkpoint?.recreated === true || imported.recreated) return;
    await db.write(`MATCH (m:${TEST_MARKER_LABEL}) SET m.${SEEDED_WITH} = $value`, {
      value: `${key} ${imported.fingerprint()}`,
    });
  }

  private get running(): { db: Database; running: RunningApp } {
    if (this.started === undefined) {
      throw new Error('the app fixture is used before its beforeAll ran (or after its afterAll)');
    }
    return this.started;
  }

  get db(): Database {
    return this.running.db;
  }

  get app(): App {
    return this.running.running.app;
  }

  get url(): string {
    return this.running.running.url;
  }

  get base(): string {
    return this.running.running.base;
  }

  gql<T = Data>(query: string, variables: Data = {}, as?: Caller): Promise<GraphQLResponse<T>> {
    return postGraphQL<T>(this.url, query, variables, as?.headers ?? {});
  }

  async ok<T = Data>(query: string, variables: Data = {}, as?: Caller): Promise<T> {
    const { status, body } = await this.gql<T>(query, variables, as);
    if (status !== 200 || body.errors || !body.data) {
      throw new Error(`query failed (${status}): ${JSON.stringify(body.errors)}`);
    }
    return body.data;
  }

  async startApp(
    nodeEnv = 'test',
    extra: Omit<Partial<AppDeps>, 'db' | 'nodeEnv'> = {},
  ): Promise<RunningApp> {
    const other = await startApp(this.db, nodeEnv, extra);
    this.others.push(other);
    return other;
  }

  async restore(): Promise<void> {
    if (this.checkpoint === undefined) {
      throw new Error('restore() needs seededApp(): an unseeded file has no corpus to go back to');
    }
    await this.checkpoint.restore();
  }
}
