import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

interface Case {
  file: string;
  source: string;
}

/**
 * Lints planted files with the project's own eslint.config.mjs (type-aware rules off, since the
 * files do not exist) and returns the layer messages per file. ESLint loads its ESM config
 * itself, so it runs in a child process rather than inside Jest's module system.
 */
function layerMessages(cases: Case[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    import tseslint from 'typescript-eslint';
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint({
      cwd: ${JSON.stringify(ROOT)},
      overrideConfig: [
        { ...tseslint.configs.disableTypeChecked, files: ['**/*.ts', '**/*.tsx'] },
        { languageOptions: { parserOptions: { projectService: false, project: null } } },
      ],
    });
    const out = [];
    for (const c of cases) {
      const [result] = await eslint.lintText(c.source, { filePath: ${JSON.stringify(ROOT)} + '/' + c.file });
      out.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const stdout = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(cases)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return JSON.parse(stdout) as string[][];
}

const importing = (specifier: string): string =>
  `import { x } from '${specifier}';\nexport const y = x;\n`;

describe('the layer rule (eslint.config.mjs)', () => {
  it('refuses imports against the direction of the layers, at every depth, and in web/', () => {
    const refused: Case[] = [
      { file: 'src/db/claims/planted.ts', source: importing('../../resolvers/claim') },
      { file: 'src/db/planted.ts', source: importing('graphql') },
      { file: 'src/domain/planted.ts', source: importing('../db/database') },
      { file: 'src/ids/planted.ts', source: importing('../resolvers/claim') },
      { file: 'src/ingest/cli/planted.ts', source: importing('../../server') },
      { file: 'src/validation/planted.ts', source: importing('../db/database') },
      { file: 'src/live/planted.ts', source: importing('../resolvers/claim') },
      { file: 'src/resolutions/planted.ts', source: importing('../resolvers/claim') },
      { file: 'src/plugins/planted.ts', source: importing('../db/database') },
      { file: 'src/resolvers/planted.ts', source: importing('../http/cors') },
      { file: 'src/http/planted.ts', source: importing('../resolvers/claim') },
      { file: 'src/loaders.ts', source: importing('./resolvers/claim') },
      { file: 'src/context.ts', source: importing('./http/cors') },
      { file: 'web/src/views/planted.tsx', source: importing('../../../src/db/database') },
      { file: 'web/src/components/planted.tsx', source: importing('../views/Board') },
    ];
    const messages = layerMessages(refused);
    refused.forEach((planted, i) => {
      expect({ file: planted.file, refused: (messages[i] ?? []).length > 0 }).toEqual({
        file: planted.file,
        refused: true,
      });
    });
  });

  it('lets each layer use what lies beneath it, and a same-named file of its own', () => {
    const allowed: Case[] = [
      { file: 'src/db/claims/planted.ts', source: importing('../../domain/vocabulary') },
      { file: 'src/db/shared/planted.ts', source: importing('../../ids/cursor') },
      { file: 'src/resolvers/planted.ts', source: importing('../ids/global-id') },
      { file: 'src/ingest/cli/planted.ts', source: importing('../../db/database') },
      { file: 'src/resolvers/planted.ts', source: importing('../resolutions/resolution-service') },
      { file: 'src/plugins/planted.ts', source: importing('../validation') },
      { file: 'src/ingest/corpus/rules/planted.ts', source: importing('./context') },
    ];
    expect(layerMessages(allowed)).toEqual(allowed.map(() => []));
  });
});
