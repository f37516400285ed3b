import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { PROJECT_ROOT } from '../../src/config';
import type { Corpus } from '../../src/domain/corpus';
import { loadCorpus } from '../../src/ingest/corpus/load-corpus';

export const SEED_DIR = path.join(PROJECT_ROOT, 'seed', 'episodes');
export const EPISODE_ID = '2025-05-22-is-rl-llms-enough-for-agi';
export const EPISODE_DIR = path.join(SEED_DIR, EPISODE_ID);

/** The bundled corpus as the importer reads it: counts come from here, never from literals. */
export function bundledCorpus(): Corpus {
  const loaded = loadCorpus([SEED_DIR]);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  return loaded.corpus;
}

/** A private copy of the bundled episode that a test may break. */
export function copyOfBundledEpisode(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'claimgraph-corpus-')), EPISODE_ID);
  cpSync(EPISODE_DIR, dir, { recursive: true });
  return dir;
}

/** Replaces the first occurrence of `from` in a file, failing loudly if it is not there. */
export function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`test setup: "${from}" not in ${file}`);
  writeFileSync(file, text.slice(0, at) + to + text.slice(at + from.length));
}

/** 1-based line of the first occurrence of `text` in a file. */
export function lineOf(file: string, text: string): number {
  const content = readFileSync(file, 'utf8');
  const at = content.indexOf(text);
  if (at < 0) throw new Error(`test setup: "${text}" not in ${file}`);
  return content.slice(0, at).split('\n').length;
}
