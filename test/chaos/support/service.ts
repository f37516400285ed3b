import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { hashToken, newToken } from '../../../src/auth';
import { PROJECT_ROOT } from '../../../src/config';
import { freePort } from '../../../src/db/local-neo4j';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

export interface Service {
  child: ChildProcess;
  url: string;
  base: string;
  token: string;
  dataDir: string;
  /** Bolt of the service's own Neo4j (its password is in dataDir), to check the graph directly. */
  boltUri: string;
  /** Everything the service wrote to stderr so far. */
  log(): string;
  /** True while the service process runs. */
  alive(): boolean;
  stop(): Promise<void>;
}

export interface Health {
  status: number;
  ok: boolean;
  localNeo4j?: { state: string; pid: number | null; restarts: number; lastExit: string | null };
}

export interface ServiceOptions {
  /** More environment for the service (SEED_DIR, NEO4J_TX_MEMORY...). */
  env?: Record<string, string>;
  /** A data directory to use (a previous service's, kept); a new temporary one by default. */
  dataDir?: string;
  /** Leave the data directory in place on stop, for a next service to start on. */
  keepData?: boolean;
  /** How long it may take to start, its seed import included (default 170 s). */
  startTimeoutMs?: number;
}

/**
 * The real service as `npm start` runs it, with its own Neo4j (no NEO4J_URI) in a temporary
 * data directory on free ports, loopback only.
 */
export async function startService(options: ServiceOptions = {}): Promise<Service> {
  const port = await freePort();
  const boltPort = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'claimgraph-chaos-'));
  const token = newToken();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    NEO4J_LOCAL_PORT: String(boltPort),
    NEO4J_DATA_DIR: dataDir,
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '64m',
    CLAIMGRAPH_TOKENS: `chaos-editor:editor:${hashToken(token)}`,
    ...options.env,
  };
  delete env.NEO4J_URI;
  delete env.NEO4J_PASSWORD;
  const child = spawn(TSX, ['src/index.ts'], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (log.includes('GraphQL API at')) {
        clearInterval(timer);
        resolve();
      } else if (exited || Date.now() - started > (options.startTimeoutMs ?? 170_000)) {
        clearInterval(timer);
        reject(new Error(`service did not start:\n${log}`));
      }
    }, 100);
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    child,
    url,
    base: `http://127.0.0.1:${port}`,
    token,
    dataDir,
    boltUri: `bolt://127.0.0.1:${boltPort}`,
    log: () => log,
    alive: () => !exited,
    stop: async () => {
      if (!exited) {
        child.kill('SIGTERM');
        const stuck = setTimeout(() => child.kill('SIGKILL'), 40_000);
        await exit;
        clearTimeout(stuck);
      }
      if (options.keepData !== true) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function health(service: Service): Promise<Health> {
  try {
    const response = await fetch(`${service.base}/health`, { signal: AbortSignal.timeout(10_000) });
    const body = (await response.json()) as Omit<Health, 'status'>;
    return { ...body, status: response.status };
  } catch {
    return { status: 0, ok: false };
  }
}

/** Polls /health until it says ok; resolves with the time it did, or rejects after `limitMs`. */
export async function waitHealthy(service: Service, limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    const answer = await health(service);
    // Healthy means the driver reaches Neo4j and, for the service's own, the supervisor has it
    // running again (the new JVM answers a moment before the launcher reports it ready).
    if (answer.ok && (answer.localNeo4j === undefined || answer.localNeo4j.state === 'running')) {
      return Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`not healthy after ${limitMs} ms:\n${service.log().slice(-3000)}`);
}

/** The pid of the service's own Neo4j JVM, from /health. */
export async function neo4jPid(service: Service): Promise<number> {
  const answer = await health(service);
  const pid = answer.localNeo4j?.pid;
  if (typeof pid !== 'number')
    throw new Error(`no Neo4j pid in /health: ${JSON.stringify(answer)}`);
  return pid;
}

export interface GraphQLResult {
  status: number;
  codes: string[];
  data: unknown;
}

export async function graphql(
  service: Service,
  query: string,
  variables: Record<string, unknown> = {},
  timeoutMs = 15_000,
  /** true: the service's editor token; a string: that bearer token. */
  auth: boolean | string = false,
): Promise<GraphQLResult> {
  const bearer = typeof auth === 'string' ? auth : auth ? service.token : null;
  try {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: { extensions?: { code?: string } }[];
    };
    return {
      status: response.status,
      codes: (body.errors ?? []).map((error) => error.extensions?.code ?? 'NO_CODE'),
      data: body.data,
    };
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    return {
      status: 0,
      codes: [name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'NETWORK_ERROR'],
      data: null,
    };
  }
}
