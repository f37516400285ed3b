import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import {
  readAnnotationFile,
  type LocatedAnnotationFile,
} from '../annotations/read-annotation-file';
import type { Problem } from '../problems';
import { readTextFile } from '../text-file';
import { parseTranscript } from '../transcript/parse-transcript';
import type { Episode } from '../../domain/transcript';
import type { Corpus } from '../../domain/corpus';
import { validateCorpus } from './validate-corpus';

export type LoadResult =
  | { ok: true; corpus: Corpus; files: string[]; warnings: Problem[] }
  | { ok: false; problems: Problem[]; files: string[]; warnings: Problem[] };

const TRANSCRIPT = /\.(md|markdown)$/i;
const ANNOTATION = /\.(ya?ml|json)$/i;

/**
 * Finds transcripts (.md) and annotation files (.yaml, .yml, .json) among the given files and
 * folders, parses and checks all of them, and returns every problem or the whole corpus.
 * An annotation file given alone brings its whole folder: the transcript and the other
 * annotation files beside it.
 */
export function loadCorpus(inputs: string[]): LoadResult {
  const problems: Problem[] = [];
  const transcripts = new Set<string>();
  const annotations = new Set<string>();
  for (const input of inputs) {
    const resolved = path.resolve(input);
    let isDir: boolean;
    try {
      isDir = statSync(resolved).isDirectory();
    } catch {
      problems.push({ file: input, line: 0, field: 'file', message: 'no such file or folder' });
      continue;
    }
    const found = isDir ? walk(resolved) : [resolved];
    for (const file of found) {
      if (TRANSCRIPT.test(file)) transcripts.add(file);
      else if (ANNOTATION.test(file)) {
        // An episode is its folder: one file alone would make the importer drop what the
        // folder's other annotation files hold, so they all come along.
        for (const sibling of walk(path.dirname(file), false)) {
          if (TRANSCRIPT.test(sibling)) transcripts.add(sibling);
          if (ANNOTATION.test(sibling)) annotations.add(sibling);
        }
      } else if (!isDir) {
        problems.push({
          file: input,
          line: 0,
          field: 'file',
          message: 'expected a transcript (.md) or an annotation file (.yaml, .yml, .json)',
        });
      }
    }
  }
  const files = [...transcripts, ...annotations].map((file) => path.relative(process.cwd(), file));

  const episodes: Episode[] = [];
  const episodeFiles = new Map<string, string>();
  // Annotations beside a transcript that failed would only add "no transcript" noise.
  const failedDirs = new Set<string>();
  for (const file of [...transcripts].sort()) {
    const shown = path.relative(process.cwd(), file);
    const read = readTextFile(file, 'transcript');
    if (!read.ok) {
      problems.push({ ...read.problem, file: shown });
      failedDirs.add(path.dirname(file));
      continue;
    }
    const parsed = parseTranscript(shown, read.text);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      failedDirs.add(path.dirname(file));
      continue;
    }
    const first = episodeFiles.get(parsed.episode.id);
    if (first !== undefined) {
      problems.push({
        file: shown,
        line: 1,
        field: 'episode',
        message: `duplicate episode "${parsed.episode.id}": ${first} has the same title and air date`,
      });
      continue;
    }
    episodeFiles.set(parsed.episode.id, shown);
    episodes.push(parsed.episode);
  }

  const located: LocatedAnnotationFile[] = [];
  for (const file of [...annotations].sort()) {
    const read = readAnnotationFile(path.relative(process.cwd(), file));
    if (!read.ok) problems.push(...read.problems);
    else if (!failedDirs.has(path.dirname(file))) located.push(read.file);
  }
  if (transcripts.size === 0 && problems.length === 0) {
    problems.push({
      file: inputs.join(' '),
      line: 0,
      field: 'file',
      message: 'no transcript found',
    });
  }

  const validated = validateCorpus(episodes, located);
  const { warnings } = validated;
  if (!validated.ok) problems.push(...validated.problems);
  if (problems.length > 0 || !validated.ok) return { ok: false, problems, files, warnings };
  return { ok: true, corpus: validated.corpus, files, warnings };
}

function walk(dir: string, recursive = true): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive) out.push(...walk(full));
    } else if (entry.isFile()) out.push(full);
  }
  return out;
}
