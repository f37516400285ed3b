import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { neo4jJavaOptions } from '../config';
import { ensureLauncherBuilt, javaCommand, LAUNCHER_DIR } from './local-neo4j';

/**
 * `neo4j-admin` run from the jars the launcher already uses (neo4j-launcher/target/lib holds
 * Neo4j Community from Maven Central, and with it org.neo4j.cli.AdminTool, the class the
 * `neo4j-admin` script of a Neo4j distribution starts). It works on the launcher's data
 * directory, which is a Neo4j home: databases under data/databases, transaction logs under
 * data/transactions.
 *
 * `database dump` and `database load` need the database offline: Community edition cannot stop
 * a database inside a running server, so the service (or `npm run neo4j`) must be stopped. The
 * tool checks the store lock itself; its refusal is turned into AdminRefusal with what to do.
 */

/** The only user database of Neo4j Community. */
export const DATABASE = 'neo4j';

export class AdminRefusal extends Error {
  override name = 'AdminRefusal';
}

export interface AdminRun {
  /** What the tool printed, for the log. */
  output: string[];
  ms: number;
}

/** Runs `neo4j-admin <args>` against the Neo4j home `dataDir`; rejects with its output on failure. */
export async function runNeo4jAdmin(
  dataDir: string,
  args: string[],
  log: (line: string) => void,
  io: { stdin?: NodeJS.ReadableStream; stdout?: NodeJS.WritableStream } = {},
): Promise<AdminRun> {
  await ensureLauncherBuilt(log);
  // The tool reads neo4j.conf from NEO4J_CONF; the launcher's settings are all defaults here.
  const confDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-admin-conf-'));
  writeFileSync(path.join(confDir, 'neo4j.conf'), '');
  const started = Date.now();
  const output: string[] = [];
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        javaCommand(),
        [
          '-Xmx512m',
          ...neo4jJavaOptions(),
          '--add-opens=java.base/java.nio=ALL-UNNAMED',
          '--add-opens=java.base/java.io=ALL-UNNAMED',
          '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
          '-cp',
          path.join(LAUNCHER_DIR, 'target', 'lib', '*'),
          'org.neo4j.cli.AdminTool',
          ...args,
        ],
        {
          env: { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: confDir },
          stdio: [io.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        },
      );
      child.on('error', (error) =>
        reject(new Error(`neo4j-admin: could not start java: ${error.message}. Install Java 17.`)),
      );
      if (io.stdin && child.stdin) io.stdin.pipe(child.stdin);
      if (io.stdout) child.stdout?.pipe(io.stdout);
      else child.stdout?.on('data', (chunk: Buffer) => output.push(...lines(chunk)));
      child.stderr?.on('data', (chunk: Buffer) => output.push(...lines(chunk)));
      child.on('close', resolve);
    });
    // The tool logs failures but can exit 0 (dump of a database in use does): read its words.
    const failed = output.some((line) => / ERROR |failed for databases/i.test(line));
    if (code !== 0 || failed) throw refusalFrom(output, code);
    return { output, ms: Date.now() - started };
  } finally {
    rmSync(confDir, { recursive: true, force: true });
  }
}

function refusalFrom(output: string[], code: number | null): Error {
  const text = output.join('\n');
  if (/in use|store_lock|already locked|mounted in a running/i.test(text)) {
    return new AdminRefusal(
      'the database is in use: Neo4j Community can dump or load it only while it is stopped. ' +
        'Stop the service (Ctrl-C in the terminal running `npm start`, or SIGTERM to it, or stop ' +
        '`npm run neo4j`), run this command again, then start the service. ' +
        'To back up without stopping, use --logical.',
    );
  }
  const errors = output.filter((line) => /ERROR|Exception|failed/i.test(line)).slice(0, 8);
  return new Error(
    `neo4j-admin failed (exit ${String(code)}):\n${(errors.length > 0 ? errors : output.slice(-12)).join('\n')}`,
  );
}

function lines(chunk: Buffer): string[] {
  return chunk
    .toString()
    .split('\n')
    .filter((line) => line.trim() !== '');
}
