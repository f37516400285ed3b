import { readdirSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../src/config';

export const EXAMPLES_DIR = path.join(PROJECT_ROOT, 'docs', 'examples');

/**
 * The examples in docs/examples/ in the order they run: by the number each name starts with,
 * never by name (`18-reopen` reopens what `6-resolve` resolved, and sorts before it as text).
 * Throws when a name has no number or two share one, so the order is never a guess.
 */
export function exampleFiles(dir: string = EXAMPLES_DIR): string[] {
  const numbered = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => {
      const number = /^(\d+)-/.exec(file)?.[1];
      if (number === undefined) throw new Error(`${dir}/${file}: name it N-what-it-shows.graphql`);
      return { file, number: Number(number) };
    })
    .sort((a, b) => a.number - b.number);
  numbered.forEach((example, i) => {
    const next = numbered[i + 1];
    if (next?.number === example.number) {
      throw new Error(`${dir}: ${example.file} and ${next.file} have the same number`);
    }
  });
  return numbered.map((example) => example.file);
}
