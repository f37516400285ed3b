// Fails when src/__generated__/ differs from what schema/ generates now. Writes nothing.
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface GeneratedFile {
  filename: string;
  content: string;
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    process.stdout.write(
      'usage: npm run codegen:check\nExits 1 when generated types drift from schema/.\n',
    );
    return;
  }
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
    process.exit(1);
  }
  process.stdout.write(`codegen:check: ${files.length} generated file(s) match schema/\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `codegen:check: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
