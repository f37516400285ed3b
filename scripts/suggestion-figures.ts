// npm run suggestions:figures [-- DIR]: how well the annotation assistant's suggestions find what
// the annotators of a corpus marked (issue 15). Reads the files only; no database.
import path from 'node:path';

import { runCommand, UsageError } from '../src/cli/command';
import { PROJECT_ROOT } from '../src/config';
import { loadCorpus } from '../src/ingest/corpus/load-corpus';
import { figureLines } from '../src/suggestions/figures';

const SPEC = {
  usage: 'npm run suggestions:figures [-- DIR]',
  description: `Runs the workbench's suggestions (Turn.suggestions) over an annotated corpus (default: the
bundled episodes) and prints: the share of annotated predictions whose sentence is suggested
as forward-looking, with the precision of those suggestions; and the share of annotated
mentions that a name suggestion finds, with three dictionaries: every name and surface form
(a re-read), names and aliases only (entities known before the episode), none (capitalised
spans only).`,
  options: {},
  positionals: { name: 'DIR', max: 1 },
} as const;

void runCommand(SPEC, ({ positionals }) => {
  const dir = positionals[0] ?? path.join(PROJECT_ROOT, 'seed', 'episodes');
  const loaded = loadCorpus([dir]);
  if (!loaded.ok)
    throw new UsageError(`${dir} does not load: ${loaded.problems[0]?.message ?? ''}`);
  const lines = figureLines(loaded.corpus);
  process.stdout.write(`${lines.join('\n')}\n`);
});
