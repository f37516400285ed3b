import { readdirSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../../src/config';

export const DOCS_DIR = path.join(PROJECT_ROOT, 'docs');

/** README.md and every markdown file of docs/, as paths from the project root. */
export function docFiles(): string[] {
  const docs = readdirSync(DOCS_DIR)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => path.join('docs', file));
  return ['README.md', ...docs];
}
