// Fails when src/__generated__/ or web/src/gql/ differs from what codegen.yml generates now.
// Writes nothing.
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { runCommand } from '../src/cli/command';

interface GeneratedFile {
  filename: string;
  content: string;
}

const SPEC = {
  usage: 'npm run codegen:check',
  description: `Runs codegen.yml in memory and compares the result with src/__generated__/ and
web/src/gql/. Exits 1, naming each stale file, when they drift from schema/ or from the
documents in web/src; run \`npm run codegen\` and commit the result. Writes nothing.`,
  options: {},
} as const;

void runCommand(SPEC, async () => {
  const root = path.resolve(__dirname, '..');
  const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
  const files = (await generate({ ...config, cwd: root, silent: true }, false)) as GeneratedFile[];
  let drift = 0;
  for (const file of files) {
    let current = '';
    try {
      current = readFileSync(path.resolve(root, file.filename), 'utf8');
    } catch {
      // A missing file counts as drift.
    }
    if (current !== file.content) {
      drift += 1;
      process.stderr.write(`codegen:check: ${file.filename} is out of date with schema/\n`);
    }
  }
  if (drift > 0) {
    process.stderr.write('codegen:check: run `npm run codegen` and commit the result\n');
    return 1;
  }
  process.stdout.write(`codegen:check: ${files.length} generated file(s) match schema/\n`);
  return 0;
});
