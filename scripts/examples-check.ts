// npm run examples:check: graphql-inspector validates docs/examples/ against schema/ and
// measures coverage; fails unless every root Query and Mutation field has an example and one
// example pages with pageInfo.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { runCommand } from '../src/cli/command';
import { PROJECT_ROOT } from '../src/config';

const SPEC = {
  usage: 'npm run examples:check',
  description: `Runs \`graphql-inspector validate\` and \`graphql-inspector coverage\` over docs/examples/*.graphql
against schema/*.graphql. Fails (exit 1) when a document does not validate, when a root field of
Query or Mutation is in no example, or when no example selects pageInfo. Needs no database.`,
  options: {},
};

const DOCUMENTS = 'docs/examples/*.graphql';
const SCHEMA = 'schema/*.graphql';
const INSPECTOR = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'graphql-inspector');

interface CoverageNode {
  hits: number;
  children?: Record<string, CoverageNode>;
}

interface Coverage {
  types: Record<string, CoverageNode | undefined>;
}

function inspector(args: string[]): void {
  execFileSync(INSPECTOR, args, { cwd: PROJECT_ROOT, stdio: 'inherit' });
}

function main(): number | void {
  inspector(['validate', DOCUMENTS, SCHEMA]);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-coverage-'));
  try {
    const file = path.join(dir, 'coverage.json');
    inspector(['coverage', DOCUMENTS, SCHEMA, '--silent', '--write', file]);
    const coverage = JSON.parse(readFileSync(file, 'utf8')) as Coverage;
    const missing = ['Query', 'Mutation'].flatMap((type) =>
      Object.entries(coverage.types[type]?.children ?? {})
        .filter(([, field]) => field.hits === 0)
        .map(([name]) => `${type}.${name}`),
    );
    const pageInfo = Object.values(coverage.types)
      .flatMap((type) => Object.entries(type?.children ?? {}))
      .some(([name, field]) => name === 'pageInfo' && field.hits > 0);
    if (!pageInfo) missing.push('a connection with pageInfo (paging)');
    if (missing.length > 0) {
      process.stderr.write(
        `examples:check: no example in docs/examples/ covers: ${missing.join(', ')}\n`,
      );
      return 1;
    }
    process.stdout.write('examples:check: every root field has an example, and one pages\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void runCommand(SPEC, main);
