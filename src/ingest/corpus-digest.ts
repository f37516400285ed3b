import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Bumped whenever the importer writes the same files differently (a new property, a new
 * index key), so that a start after such a change imports again instead of skipping.
 */
export const IMPORT_FORMAT = 4;

const CORPUS_FILE = /\.(md|ya?ml|json)$/i;

/**
 * A digest of the corpus files on disk (names and bytes) and of the import format: equal
 * digests mean an import would write exactly what the graph already holds.
 */
export function corpusDigest(inputs: readonly string[]): string {
  const files: string[] = [];
  const walk = (entry: string): void => {
    if (statSync(entry).isDirectory()) {
      for (const name of readdirSync(entry)) walk(path.join(entry, name));
    } else if (CORPUS_FILE.test(entry)) {
      files.push(entry);
    }
  };
  for (const input of inputs) walk(input);
  const hash = createHash('sha256').update(`format ${IMPORT_FORMAT}\n`);
  for (const file of files.sort()) {
    hash.update(`${path.relative(process.cwd(), file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}
