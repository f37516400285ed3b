import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

import { loadCorpus } from '../corpus/load-corpus';
import { InputError, type Problem } from '../problems';
import { slugify } from '../slug';
import { readTextFile } from '../text-file';
import { parseTranscript } from '../transcript/parse-transcript';
import { writeTranscript, type TranscriptDocument } from '../transcript/write-transcript';
import { buildTranscript, type EpisodeFacts } from './build-transcript';
import type { CaptionFormat, CaptionParse, Chapter } from './caption-types';
import { detectFormat } from './detect-format';
import { parseSrt } from './parse-srt';
import { parseTextTranscript } from './parse-text';
import { parseVtt, parseVttChapters } from './parse-vtt';
import { parseWhisper } from './parse-whisper';

export interface TranscriptImport extends EpisodeFacts {
  file: string;
  /** Guessed from the extension and the content when absent. */
  format?: CaptionFormat;
  /** A WebVTT chapters file: its cues become the sections. */
  chapters?: string;
  /** The folder the episode folder goes into. */
  out: string;
}

export interface TranscriptImportResult {
  episodeId: string;
  /** The episode folder written: `<out>/<episode id>`. */
  dir: string;
  format: CaptionFormat;
  cues: number;
  turns: number;
  sections: number;
  speakers: string[];
  warnings: string[];
}

/** The annotation files an imported episode starts with: valid, and empty. */
const EMPTY_ANNOTATIONS = { 'entities.yaml': 'entities', 'claims.yaml': 'claims' } as const;

/**
 * Reads a caption file (WebVTT, SRT, Whisper JSON or a text transcript) and writes an episode
 * folder in the corpus format: transcript.md with turn times (and the media URL), plus empty
 * annotation files. Everything is checked before anything is written, and the folder appears
 * whole or not at all (written beside its place, validated, then renamed). Throws InputError
 * with every problem found.
 */
export function importTranscript(options: TranscriptImport): TranscriptImportResult {
  const read = readTextFile(options.file, 'caption file');
  if (!read.ok) throw new InputError([read.problem]);
  const format = options.format ?? detectFormat(options.file, read.text);
  const parsed = parseCaptions(format, read.text, options.file);
  if (!parsed.ok) throw new InputError(parsed.problems);
  const chapters =
    options.chapters === undefined ? parsed.chapters : readChapters(options.chapters);
  const built = buildTranscript(options.file, parsed.cues, chapters, options);
  if (!built.ok) throw new InputError(built.problems);
  const { document } = built;

  const episodeId = `${document.airDate}-${slugify(document.title)}`;
  const dir = path.join(options.out, episodeId);
  if (existsSync(dir)) {
    throw new InputError([
      { file: dir, line: 0, field: 'out', message: 'already exists; nothing was written' },
    ]);
  }
  const text = writeTranscript(document);
  checkReadsBack(options.file, text, document);
  mkdirSync(options.out, { recursive: true });
  const staging = mkdtempSync(path.join(options.out, `.${episodeId}-`));
  try {
    writeFileSync(path.join(staging, 'transcript.md'), text);
    for (const [name, list] of Object.entries(EMPTY_ANNOTATIONS)) {
      writeFileSync(path.join(staging, name), `episode: ${episodeId}\n${list}: []\n`);
    }
    const loaded = loadCorpus([staging]);
    if (!loaded.ok) throw new InputError(loaded.problems);
    // mkdtemp makes the folder private; the episode folder is an ordinary one.
    chmodSync(staging, 0o755);
    renameSync(staging, dir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const turns = document.sections.flatMap((section) => section.turns);
  return {
    episodeId,
    dir,
    format,
    cues: parsed.cues.length,
    turns: turns.length,
    sections: document.sections.length,
    speakers: [document.host, ...document.panelists].map((speaker) => speaker.name),
    warnings: built.warnings,
  };
}

function parseCaptions(format: CaptionFormat, text: string, file: string): CaptionParse {
  switch (format) {
    case 'vtt':
      return parseVtt(text, { file });
    case 'srt':
      return parseSrt(text, file);
    case 'whisper':
      return parseWhisper(text, file);
    case 'text':
      return parseTextTranscript(text, file);
  }
}

function readChapters(file: string): Chapter[] {
  const read = readTextFile(file, 'chapters file');
  if (!read.ok) throw new InputError([read.problem]);
  const chapters = parseVttChapters(read.text, file);
  if (chapters.some((item): item is Problem => 'message' in item)) {
    throw new InputError(chapters as Problem[]);
  }
  return chapters as Chapter[];
}

/**
 * The written transcript parses back to the same turns, words and times: words that look like
 * markup (a line starting "## " or "**Name:**") would otherwise change the episode silently.
 */
function checkReadsBack(file: string, text: string, document: TranscriptDocument): void {
  const parsed = parseTranscript(file, text);
  if (!parsed.ok) throw new InputError(parsed.problems);
  const expected = document.sections.flatMap((section) => section.turns);
  const problems: Problem[] = [];
  parsed.episode.turns.forEach((turn, i) => {
    const want = expected[i];
    if (
      want === undefined ||
      want.text !== turn.text ||
      want.startTime !== turn.startTime ||
      want.endTime !== turn.endTime
    ) {
      problems.push({
        file,
        line: 0,
        field: `turn ${i + 1}`,
        message: `would not read back as written (its words look like transcript markup): "${(want?.text ?? '').slice(0, 60)}"`,
      });
    }
  });
  if (parsed.episode.turns.length !== expected.length && problems.length === 0) {
    problems.push({
      file,
      line: 0,
      field: 'turns',
      message: `${expected.length} turns written, ${parsed.episode.turns.length} read back`,
    });
  }
  if (problems.length > 0) throw new InputError(problems);
}
