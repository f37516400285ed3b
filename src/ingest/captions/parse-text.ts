import { parseClock } from '../../domain/media-time';
import type { Problem } from '../problems';
import type { CaptionParse, Chapter, Cue } from './caption-types';
import { normaliseSpaces } from './speaker-prefix';

/**
 * A transcript as podcast sites publish it: a speaker line with a time, then paragraphs.
 *
 *     Dwarkesh Patel (00:01:48)        Sholto [1:02:03]        **Trenton Bricken** 00:02:10
 *
 * No npm parser reads this (it is a convention, not a format), so it is read here, one line at
 * a time. A markdown heading (`## Title`) starts a chapter at the next speaker's time. A turn
 * ends where the next one starts; the last one's end is unknown.
 */
const SPEAKER_LINE =
  /^(?:\*\*)?([\p{L}][\p{L}\p{M}0-9 .'’_-]{0,60}?)(?:\*\*)?:?\s+(?:\((\d[\d:.]*)\)|\[(\d[\d:.]*)\]|(\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?))(?:\*\*)?:?$/u;
const HEADING = /^#{1,6}\s+(.+?)\s*#*$/;
const SKIPPED: Cue = { start: 0, end: null, speaker: null, text: '', line: 0 };

export function parseTextTranscript(text: string, file: string): CaptionParse {
  const problems: Problem[] = [];
  const cues: Cue[] = [];
  const chapters: Chapter[] = [];
  let pendingChapter: { title: string; line: number } | undefined;
  let current: { cue: Cue; paragraphs: string[][] } | undefined;
  let blank = true;
  const close = (): void => {
    if (current === undefined) return;
    current.cue.text = current.paragraphs
      .map((lines) => normaliseSpaces(lines.join(' ')))
      .filter((paragraph) => paragraph !== '')
      .join('\n\n');
    current = undefined;
  };

  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const lineNo = index + 1;
    if (line === '') {
      blank = true;
      return;
    }
    const heading = HEADING.exec(line);
    const speaker = SPEAKER_LINE.exec(line);
    if (heading?.[1] !== undefined) {
      close();
      pendingChapter = { title: heading[1], line: lineNo };
    } else if (speaker?.[1] !== undefined) {
      close();
      const clock = speaker[2] ?? speaker[3] ?? speaker[4] ?? '';
      const start = parseClock(clock);
      if (start === undefined) {
        problems.push({
          file,
          line: lineNo,
          field: 'time',
          message: `"${clock}" is not a time; expected a speaker line like "Name (00:01:48)"`,
        });
        // Its paragraphs go nowhere, rather than each being reported as well.
        current = { cue: { ...SKIPPED }, paragraphs: [] };
        return;
      }
      const previous = cues[cues.length - 1];
      if (previous && start < previous.start) {
        problems.push({
          file,
          line: lineNo,
          field: 'time',
          message: `${clock} is earlier than the speaker line above it (line ${previous.line})`,
        });
      }
      if (previous && previous.end === null) previous.end = start;
      if (pendingChapter) chapters.push({ start, ...pendingChapter });
      pendingChapter = undefined;
      const cue: Cue = { start, end: null, speaker: speaker[1].trim(), text: '', line: lineNo };
      cues.push(cue);
      current = { cue, paragraphs: [] };
    } else if (current) {
      if (blank || current.paragraphs.length === 0) current.paragraphs.push([line]);
      else current.paragraphs[current.paragraphs.length - 1]?.push(line);
    } else {
      problems.push({
        file,
        line: lineNo,
        field: 'speaker',
        message: `text before any speaker line; expected "Name (00:01:48)", "Name [1:02:03]" or "Name 00:01:48"`,
      });
    }
    blank = false;
  });
  close();
  if (problems.length === 0 && cues.length === 0) {
    problems.push({
      file,
      line: 1,
      field: 'speaker',
      message: 'no speaker lines found; expected "Name (00:01:48)" followed by paragraphs',
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, cues, chapters };
}
