// npm run bench:doc: docs/benchmarks.md again from a results file of npm run bench.
import path from 'node:path';

import { runCommand } from '../src/cli/command';
import { PROJECT_ROOT } from '../src/config';
import { BENCHMARKS_DOC, writeBenchmarksDoc } from './doc';

const SPEC = {
  usage: 'npm run bench:doc -- [--from FILE]',
  description: `Writes docs/benchmarks.md from the results of a run of npm run bench (the figures, the
goals of issue 16 and whether each is met), without running anything.`,
  options: {
    from: {
      type: 'string',
      valueName: 'FILE',
      description: 'a results file (default bench/results/latest.json)',
    },
  },
} as const;

void runCommand(SPEC, ({ values }) => {
  const from = path.resolve(
    values.from ?? path.join(PROJECT_ROOT, 'bench', 'results', 'latest.json'),
  );
  writeBenchmarksDoc(from);
  process.stdout.write(`bench:doc: ${path.relative(PROJECT_ROOT, BENCHMARKS_DOC)} from ${from}\n`);
});
