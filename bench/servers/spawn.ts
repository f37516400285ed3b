import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import { PROJECT_ROOT } from '../../src/config';
import { freePort } from '../../src/db/local-neo4j';

export interface Server {
  url: string;
  child: ChildProcess;
}

/**
 * A benchmark server in its own Node process (so its memory is its own), ready to serve.
 * `nodeArgs` go to Node before the file (`--cpu-prof`, for bench/profile.ts).
 */
export async function startServer(
  file: string,
  uri: string,
  nodeArgs: string[] = [],
): Promise<Server> {
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', path.join(PROJECT_ROOT, file)],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, BENCH_NEO4J_URI: uri, BENCH_PORT: String(await freePort()) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${file} did not start in 60 s:\n${output}`));
    }, 60_000);
    const seen = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /READY (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], child });
      }
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited with ${String(code)}:\n${output}`));
    });
  });
}

/** Stops a benchmark server: SIGTERM, then at most 5 s for it to exit. */
export async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  server.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
}
