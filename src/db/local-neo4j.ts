import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';

import { neo4jJavaOptions, PROJECT_ROOT } from '../config';

/**
 * Starts Neo4j Community from Maven Central jars through the project's own launcher
 * (neo4j-launcher/), for machines without Docker. The first run builds the launcher, which
 * downloads Neo4j into ~/.m2; later runs start java directly.
 */

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j-launcher');
const TARGET_DIR = path.join(LAUNCHER_DIR, 'target');
const STAMP_FILE = path.join(TARGET_DIR, 'build-stamp');
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  heap: string;
  pagecache: string;
  apoc: boolean;
  /** db.transaction.timeout, such as 30s (default 5m). */
  txTimeout?: string;
  /** db.memory.transaction.total.max, such as 512m (default 512m). */
  txMemory?: string;
  /** Progress lines for the user; defaults to stderr. */
  log?: (line: string) => void;
  /** Extra JVM options (default: NEO4J_JAVA_OPTS). */
  javaOptions?: string[];
}

export interface LocalNeo4j {
  uri: string;
  version: string;
  pid: number;
  /** The neo4j user's password, from <dataDir>/neo4j-password. */
  password: string;
  /** Resolves when the process exits, for whatever reason (a kill, an out-of-memory exit). */
  exited: Promise<void>;
  /** Resolves once the process has exited; SIGTERM first, SIGKILL after a timeout. */
  stop(): Promise<void>;
}

const defaultLog = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [
    'pom.xml',
    path.join('src', 'main', 'java', 'dev', 'claimgraph', 'launcher', 'Main.java'),
  ]) {
    hash.update(readFileSync(path.join(LAUNCHER_DIR, file)));
  }
  return hash.digest('hex');
}

function neo4jVersionInPom(): string {
  const pom = readFileSync(path.join(LAUNCHER_DIR, 'pom.xml'), 'utf8');
  return /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1] ?? 'unknown';
}

/** Builds the launcher and copies Neo4j's jars next to it, unless that is already done. */
export async function ensureLauncherBuilt(log: (line: string) => void = defaultLog): Promise<void> {
  const hash = sourceHash();
  if (existsSync(STAMP_FILE) && readFileSync(STAMP_FILE, 'utf8').trim() === hash) return;

  const version = neo4jVersionInPom();
  log(
    `neo4j: preparing Neo4j Community ${version} from Maven Central (no Docker needed). ` +
      'The first run downloads about 170 MB of jars into ~/.m2; later runs start in seconds.',
  );
  const started = Date.now();
  let downloads = 0;
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', 'package', '-DskipTests'], {
      cwd: LAUNCHER_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    mvn.on('error', (error) =>
      reject(new Error(`neo4j: could not run Maven (mvn): ${error.message}. Install Maven 3.8+.`)),
    );
    const onLine = (line: string): void => {
      output.push(line);
      if (output.length > 200) output.shift();
      if (line.includes('Downloaded from')) {
        downloads += 1;
        if (downloads % 25 === 0) log(`neo4j:   ${downloads} artifacts downloaded so far...`);
      }
    };
    readline.createInterface({ input: mvn.stdout }).on('line', onLine);
    readline.createInterface({ input: mvn.stderr }).on('line', onLine);
    mvn.on('close', resolve);
  });
  if (code !== 0) {
    const errors = output.filter((line) => line.includes('ERROR')).slice(0, 12);
    throw new Error(
      `neo4j: building the launcher failed (mvn exit ${String(code)}):\n${(errors.length > 0 ? errors : output.slice(-20)).join('\n')}`,
    );
  }
  writeFileSync(STAMP_FILE, `${hash}\n`);
  log(
    `neo4j: launcher ready (${downloads} artifacts downloaded, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Java from JAVA_HOME when it is set, else from the PATH. */
export function javaCommand(): string {
  const home = process.env.JAVA_HOME;
  return home !== undefined && home !== '' ? path.join(home, 'bin', 'java') : 'java';
}

export function launcherArgs(options: LocalNeo4jOptions): string[] {
  const sep = path.delimiter;
  const classpath = [
    path.join(TARGET_DIR, 'neo4j-launcher-1.0.0.jar'),
    path.join(TARGET_DIR, 'lib', '*'),
    ...(options.apoc ? [path.join(TARGET_DIR, 'plugins', '*')] : []),
  ].join(sep);
  return [
    `-Xmx${options.heap}`,
    ...(options.javaOptions ?? neo4jJavaOptions()),
    // A JVM that ran out of memory is in an unknown state: exit, and let the service restart it.
    '-XX:+ExitOnOutOfMemoryError',
    // Neo4j's own start script passes these; without them Java 17 can fail on direct buffers.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-cp',
    classpath,
    'dev.claimgraph.launcher.Main',
    '--port',
    String(options.port),
    '--data',
    options.dataDir,
    '--pagecache',
    options.pagecache,
    ...(options.apoc ? ['--apoc', path.join(TARGET_DIR, 'plugins')] : []),
    '--password-file',
    passwordFile(options.dataDir),
    '--tx-timeout',
    options.txTimeout ?? '5m',
    '--tx-memory',
    options.txMemory ?? '512m',
    '--exit-on-stdin-eof',
  ];
}

/** Where the launcher keeps the neo4j user's password (mode 0600), generated on first start. */
export function passwordFile(dataDir: string): string {
  return path.join(dataDir, 'neo4j-password');
}

/** The password of a Neo4j started here; undefined before its first start. */
export function readLocalPassword(dataDir: string): string | undefined {
  const file = passwordFile(dataDir);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/** Builds the launcher if needed, starts Neo4j and resolves once it answers queries. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? defaultLog;
  await ensureLauncherBuilt(log);
  if (!(await isPortFree(options.port))) {
    throw new Error(
      `neo4j: port ${options.port} on 127.0.0.1 is already in use. Another Neo4j may be running: ` +
        'point the service at it with NEO4J_URI, or pick another port with NEO4J_LOCAL_PORT.',
    );
  }
  mkdirSync(options.dataDir, { recursive: true });
  const logFile = createWriteStream(path.join(options.dataDir, 'launcher.log'), { flags: 'a' });
  const child = spawn(javaCommand(), launcherArgs(options), {
    cwd: LAUNCHER_DIR,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const remember = (line: string): void => {
    logFile.write(`${line}\n`);
    tail.push(line);
    if (tail.length > 40) tail.shift();
  };
  readline.createInterface({ input: child.stderr }).on('line', remember);
  // 'close' comes after the output is read to the end; the log is flushed before stop() resolves.
  const exited = new Promise<void>((resolve) =>
    child.once('close', () => {
      logFile.end(() => resolve());
    }),
  );

  const started = Date.now();
  const ready = await new Promise<{ uri: string; version: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`neo4j: not ready after ${READY_TIMEOUT_MS / 1000} s:\n${tail.join('\n')}`));
    }, READY_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`neo4j: could not start java: ${error.message}. Install Java 17.`));
    });
    // Only an exit before the ready line belongs to this promise; a later one is seen through
    // `exited` (the supervisor restarts Neo4j then).
    const beforeReady = (code: number | null): void => {
      clearTimeout(timer);
      reject(
        new Error(
          `neo4j: the launcher exited (code ${String(code)}) before it was ready:\n${tail
            .filter((line) => !/^\s+at |^\s+\.\.\. \d+ more/.test(line))
            .slice(-12)
            .join('\n')}`,
        ),
      );
    };
    child.once('exit', beforeReady);
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      remember(line);
      const match = /^NEO4J_READY (\S+) version=(\S+)/.exec(line);
      if (match?.[1] !== undefined && match[2] !== undefined) {
        clearTimeout(timer);
        child.off('exit', beforeReady);
        resolve({ uri: match[1], version: match[2] });
      }
    });
  });
  log(
    `neo4j: Neo4j ${ready.version} ready at ${ready.uri} (data in ${options.dataDir}, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  const password = readLocalPassword(options.dataDir);
  if (password === undefined) {
    child.kill('SIGKILL');
    throw new Error(`neo4j: the launcher wrote no password to ${passwordFile(options.dataDir)}`);
  }
  return {
    ...ready,
    password,
    exited,
    pid: child.pid ?? -1,
    stop: () => stopChild(child, exited),
  };
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    await exited;
    return;
  }
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
