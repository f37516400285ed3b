import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../src/config';
import { markdownReport } from './report';
import type { BenchResult } from './run';

export const BENCHMARKS_DOC = path.join(PROJECT_ROOT, 'docs', 'benchmarks.md');

/**
 * docs/benchmarks.md: how the figures are made, then the report of one run, word for word as
 * the bench wrote it. Nothing here is typed by hand: `npm run bench` rewrites the file after
 * every scale, and `npm run bench:doc` rebuilds it from bench/results/latest.json.
 */
export function benchmarksDoc(result: BenchResult, source: string): string {
  return `# Benchmarks

Generated from \`${source}\` by \`npm run bench:doc\` (\`npm run bench\` writes it too); do not
edit by hand. How the bench works, its four forms and what each column means:
[bench/README.md](../bench/README.md). How a read becomes one statement:
[src/db/README.md](../src/db/README.md).

- (A) hand-written Cypher through neo4j-driver, the floor;
- (B) this server over HTTP;
- (C) @neo4j/graphql on equivalent type definitions;
- (D) this server's resolvers with batching off (one statement per parent).

The machine line below says what the run shared its cores with. Timings are only comparable
within one run; statements per request and db hits do not depend on load.

${markdownReport(result)}`;
}

/** Rewrites docs/benchmarks.md from a results file. */
export function writeBenchmarksDoc(resultsFile: string): void {
  const result = JSON.parse(readFileSync(resultsFile, 'utf8')) as BenchResult;
  writeFileSync(
    BENCHMARKS_DOC,
    benchmarksDoc(result, path.relative(PROJECT_ROOT, resultsFile).split(path.sep).join('/')),
  );
}
