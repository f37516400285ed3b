// The docs say what the tree does: generated blocks are current, queries are valid against the
// schema, links and commands exist, and the tables of folders and variables match the code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { buildSchema, Kind, parse, validate } from 'graphql';

import { PROJECT_ROOT } from '../../src/config';
import { loadTypeDefs } from '../../src/schema';
import { docFiles } from '../../scripts/docs/files';

const read = (file: string): string => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const DOCS = docFiles();
const scripts = Object.keys(
  (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
);

describe('docs', () => {
  it('every generated block is what npm run docs writes (npm run docs -- --check)', () => {
    // A child process, as a user runs it: Prettier formats the blocks, and it loads as ESM.
    const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
    const run = spawnSync(tsx, ['scripts/docs.ts', '--check'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toContain('every generated block is current');
    expect(run.status).toBe(0);
  });

  it('the README stays a README: 250 lines or fewer', () => {
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(250);
  });

  it.each(DOCS)('%s: every GraphQL operation is valid against schema/', (file) => {
    const schema = buildSchema(loadTypeDefs());
    const blocks = [...read(file).matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    for (const block of blocks) {
      const document = parse(block);
      // Schema excerpts (type definitions) are shown, not run.
      const runnable = document.definitions.every(
        (d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION,
      );
      if (!runnable) continue;
      expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    }
  });

  it.each(DOCS)('%s: every relative link points at a file that exists', (file) => {
    const links = [...read(file).matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)|src="([^"]+)"/g)]
      .map((m) => m[1] ?? m[3] ?? '')
      .filter((link) => link !== '' && !/^[a-z]+:/.test(link));
    const missing = links.filter(
      (link) => !existsSync(path.join(PROJECT_ROOT, path.dirname(file), link)),
    );
    expect(missing).toEqual([]);
  });

  it.each(DOCS)('%s: every npm run command it names exists', (file) => {
    const named = [...read(file).matchAll(/npm run (?:-s )?([a-z][a-z0-9:-]*)/g)].map((m) => m[1]);
    expect(named.filter((name) => !scripts.includes(name ?? ''))).toEqual([]);
  });

  it('docs/operations.md lists every command a user runs', () => {
    const operations = read('docs/operations.md');
    const internal = new Set(['postinstall', 'build:assets', 'test']);
    const unlisted = scripts.filter(
      (name) =>
        !internal.has(name) &&
        !operations.includes(`\`npm run ${name}`) &&
        !operations.includes(`\`npm ${name}`) &&
        !operations.includes(`, \`${name}\``) &&
        !operations.includes(`/ \`${name}\``),
    );
    expect(unlisted).toEqual([]);
  });

  it('docs/operations.md lists exactly the variables src/config.ts reads', () => {
    const config = read('src/config.ts');
    const read_ = new Set(
      [...config.matchAll(/env\.([A-Z][A-Z0-9_]+)|env, '([A-Z][A-Z0-9_]+)'/g)].map(
        (m) => m[1] ?? m[2] ?? '',
      ),
    );
    const table = read('docs/operations.md').split('## Configuration')[1]?.split('\n## ')[0] ?? '';
    const documented = new Set(
      table
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .flatMap((line) =>
          [...(line.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1] ?? ''),
        ),
    );
    expect([...documented].sort()).toEqual([...read_].sort());
  });

  it('docs/architecture.md names every folder of src/, and only those', () => {
    const folders = readdirSync(path.join(PROJECT_ROOT, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `src/${entry.name}/`);
    const named = [...read('docs/architecture.md').matchAll(/^\| `(src\/[a-z_]+\/)`/gm)].map(
      (m) => m[1] ?? '',
    );
    expect(named.sort()).toEqual(folders.sort());
  });
});
