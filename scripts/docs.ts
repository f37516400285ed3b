// npm run docs: rewrites the generated blocks of README.md and docs/*.md from the code and data
// they describe; --check fails instead when one is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { runCommand } from '../src/cli/command';
import { PROJECT_ROOT } from '../src/config';
import { docFiles } from './docs/files';
import { renderDoc } from './docs/render';

const SPEC = {
  usage: 'npm run docs -- [--check]',
  description: `Rewrites every <!-- figures:NAME --> block of README.md and docs/*.md from what it describes:
the bundled corpus's figures (corpus), the schema's root fields (root-fields), the limits in the
code (limits). docs/benchmarks.md is written by npm run bench (npm run bench:doc). The answers of
docs/api.md's examples need a database: npm run examples -- --docs writes those.`,
  options: {
    check: { type: 'boolean', description: 'change nothing; exit 1 naming every stale file' },
  },
} as const;

void runCommand(SPEC, async ({ values }) => {
  const stale: string[] = [];
  for (const file of docFiles()) {
    const full = path.join(PROJECT_ROOT, file);
    const text = readFileSync(full, 'utf8');
    const next = await renderDoc(file, text);
    if (next === text) continue;
    stale.push(file);
    if (!values.check) writeFileSync(full, next);
  }
  if (values.check && stale.length > 0) {
    process.stderr.write(`docs: stale generated blocks in ${stale.join(', ')}; run npm run docs\n`);
    return 1;
  }
  process.stderr.write(
    values.check
      ? 'docs: every generated block is current\n'
      : `docs: rewrote ${stale.length} file(s)\n`,
  );
  return 0;
});
