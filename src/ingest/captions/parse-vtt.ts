import {
  WebVTTParser,
  type Cue as VTTCue,
  type TreeNode as AnyNode,
  type TreeNodeObjectTagNameWithRt,
} from 'webvtt-parser';

import { roundMillis } from '../../domain/media-time';
import type { Problem } from '../problems';
import type { CaptionParse, Chapter, Cue } from './caption-types';
import { normaliseSpaces, splitSpeakerPrefix } from './speaker-prefix';

/**
 * WebVTT through webvtt-parser (the W3C's validator parser: the spec's parsing algorithm, every
 * error with its line). Its default entity table lacks the `;` forms (`&amp;` decodes to `&;`),
 * so the full HTML table the package ships is passed in.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ENTITIES = require('webvtt-parser/html-entities.json') as ConstructorParameters<
  typeof WebVTTParser
>[0];

/**
 * Errors that lose no words or times are not fatal: metadata lines under the signature (YouTube's
 * `Kind: captions`), cue settings (placement on screen), karaoke timestamps and tag or escape
 * slips inside cue text. Everything else (timings, cue structure, the signature) is.
 */
const HARMLESS = [
  /^No blank line after the signature/,
  /escape|tag|annotation|nested/i,
  /setting|alignment|position|size|direction/i,
  /^Timestamp must (be between|be greater)/,
  /style block|chapter title/i,
];

export interface VttOptions {
  file: string;
  /** Lines added in front of the source before parsing (SRT gets a signature): subtract them. */
  lineOffset?: number;
}

/** Parses a WebVTT file into cues with their speakers; or every fatal error, by line. */
export function parseVtt(text: string, options: VttOptions): CaptionParse {
  const parsed = parseStrict(text, 'metadata', options);
  if (!parsed.ok) return parsed;
  const hasVoices = parsed.cues.some((cue) => hasVoice(cue.tree.children));
  const lines = timingLines(text, options.lineOffset ?? 0);
  const cues: Cue[] = [];
  let previousLast = '';
  for (const [index, vttCue] of parsed.cues.entries()) {
    const line = lines[index] ?? 1;
    for (const piece of voicePieces(vttCue.tree.children, null)) {
      let { speaker, text: words } = piece;
      if (!hasVoices) ({ speaker, text: words } = splitSpeakerPrefix(words.trim()));
      // Rolling captions (YouTube's automatic ones) repeat the line above before adding words.
      const rows = words.split('\n').map(normaliseSpaces);
      while (rows.length > 0 && rows[0] === previousLast) rows.shift();
      const kept = rows.filter((item) => item !== '');
      if (kept.length === 0) continue;
      previousLast = kept[kept.length - 1] ?? '';
      cues.push({
        start: roundMillis(vttCue.startTime),
        end: roundMillis(vttCue.endTime),
        speaker,
        text: kept.join(' '),
        line,
      });
    }
  }
  return { ok: true, cues, chapters: [] };
}

/** A WebVTT chapters file (`<track kind="chapters">`): each cue's text is a chapter title. */
export function parseVttChapters(text: string, file: string): Chapter[] | Problem[] {
  const parsed = parseStrict(text, 'chapters', { file });
  if (!parsed.ok) return parsed.problems;
  const lines = timingLines(text, 0);
  return parsed.cues.map((cue, index) => ({
    start: roundMillis(cue.startTime),
    title: normaliseSpaces(cue.text),
    line: lines[index] ?? 1,
  }));
}

function parseStrict(
  text: string,
  mode: 'metadata' | 'chapters',
  options: VttOptions,
): { ok: true; cues: VTTCue[] } | { ok: false; problems: Problem[] } {
  const offset = options.lineOffset ?? 0;
  const result = new WebVTTParser(ENTITIES).parse(text, mode);
  const problems = result.errors
    .filter((error) => !HARMLESS.some((pattern) => pattern.test(error.message)))
    .map((error) => ({
      file: options.file,
      line: Math.max(1, error.line - offset),
      field: 'cue',
      message: expectation(error.message),
    }));
  if (problems.length === 0 && result.cues.length === 0) {
    problems.push({ file: options.file, line: 1, field: 'cue', message: 'no cues found' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, cues: result.cues };
}

/** The parser's words, with what a timing line should look like where that helps. */
function expectation(message: string): string {
  return /timestamp|digits|separator|seconds|minutes|-->/i.test(message)
    ? `${message} Expected a timing line like "00:01:48.250 --> 00:01:52.000".`
    : message;
}

/** A node of a cue's text tree, ruby text included. */
type TreeNode = AnyNode<TreeNodeObjectTagNameWithRt>;

function hasVoice(nodes: TreeNode[]): boolean {
  return nodes.some(
    (node) => node.type === 'object' && (node.name === 'v' || hasVoice(node.children)),
  );
}

/** The cue's text split where a voice span starts, each piece with its speaker. */
function voicePieces(
  nodes: TreeNode[],
  speaker: string | null,
): { speaker: string | null; text: string }[] {
  const pieces: { speaker: string | null; text: string }[] = [];
  const push = (who: string | null, words: string): void => {
    const last = pieces[pieces.length - 1];
    if (last && last.speaker === who) last.text += words;
    else pieces.push({ speaker: who, text: words });
  };
  for (const node of nodes) {
    if (node.type === 'text') push(speaker, node.value);
    else if (node.type === 'object') {
      const who = node.name === 'v' ? normaliseSpaces(node.value) || speaker : speaker;
      for (const piece of voicePieces(node.children, who)) push(piece.speaker, piece.text);
    }
  }
  return pieces;
}

/**
 * The 1-based line of each cue's timing line. webvtt-parser keeps no positions for cues that
 * parse; with no fatal error every line holding "-->" is a timing line (a comment holding one is
 * fatal), so the n-th cue stands on the n-th such line.
 */
function timingLines(text: string, offset: number): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.includes('-->')) lines.push(Math.max(1, i + 1 - offset));
  });
  return lines;
}
