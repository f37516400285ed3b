// npm run lint and npm run typecheck: each runs a fixed list of tools in turn and stops at the
// first that fails, with --help like every other command of the project.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { runCommand, UsageError } from '../src/cli/command';
import { PROJECT_ROOT } from '../src/config';

const CHECKS = {
  lint: {
    description: `Runs ESLint over the project (typed rules, and the layer rule of eslint.config.mjs that keeps
imports running one way), then checks formatting with Prettier. \`npm run format\` fixes the
formatting.`,
    steps: [
      ['eslint', ['.']],
      ['prettier', ['--check', '.']],
    ],
  },
  typecheck: {
    description:
      'Type-checks the service, tests and scripts (tsconfig.json), then the dashboard (web/).',
    steps: [
      ['tsc', ['--noEmit', '-p', 'tsconfig.json']],
      ['tsc', ['--noEmit', '-p', 'web/tsconfig.json']],
    ],
  },
} as const;

/** Each tool's own entry point, run with this Node (no shell, no PATH lookup). */
const BINARIES = {
  eslint: path.join(PROJECT_ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'),
  prettier: path.join(PROJECT_ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs'),
  tsc: path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
} as const;

const name = process.argv[2];
const check = name === 'lint' || name === 'typecheck' ? CHECKS[name] : undefined;
if (check === undefined) throw new UsageError('usage: tsx scripts/run-tools.ts lint|typecheck');

void runCommand(
  { usage: `npm run ${String(name)}`, description: check.description, options: {} },
  () => {
    for (const [tool, args] of check.steps) {
      process.stderr.write(`${String(name)}: ${tool} ${args.join(' ')}\n`);
      const run = spawnSync(process.execPath, [BINARIES[tool], ...args], {
        cwd: PROJECT_ROOT,
        stdio: 'inherit',
      });
      if (run.status !== 0) return run.status ?? 1;
    }
    return 0;
  },
  process.argv.slice(3),
);
