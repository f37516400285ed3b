import path from 'node:path';

import { PROJECT_ROOT } from '../../src/config';
import { loadCorpus } from '../../src/ingest/corpus/load-corpus';
import { findBlocks, renderBlocks } from './blocks';
export { docFiles } from './files';
import { corpusFigures } from './corpus-figures';
import { formatMarkdown } from './format';
import { limitsTable } from './limits';
import { rootFields } from './schema-fields';

function bundledCorpusFigures(): string {
  const loaded = loadCorpus([path.join(PROJECT_ROOT, 'seed', 'episodes')]);
  if (!loaded.ok)
    throw new Error(`the bundled corpus does not validate: ${loaded.problems[0]?.message}`);
  return corpusFigures(loaded.corpus);
}

/**
 * The generated blocks this script owns, by name. `examples` is not here: its answers need a
 * database, so `npm run examples -- --docs` writes it.
 */
const RENDERERS: Readonly<Record<string, () => string>> = {
  corpus: bundledCorpusFigures,
  'root-fields': () => rootFields(),
  limits: limitsTable,
};

export const DATABASE_BLOCKS = new Set(['examples']);

/** A doc with every block this script owns rewritten, formatted as Prettier formats it. */
export async function renderDoc(file: string, text: string): Promise<string> {
  // A doc without blocks is prose (or written whole by another generator): left as it is.
  if (findBlocks(text, file).length === 0) return text;
  const rendered = renderBlocks(text, file, (name, body) => {
    if (DATABASE_BLOCKS.has(name)) return body;
    const render = RENDERERS[name];
    if (!render) throw new Error(`${file}: no generator for figures:${name}`);
    return render();
  });
  return formatMarkdown(path.join(PROJECT_ROOT, file), rendered);
}
