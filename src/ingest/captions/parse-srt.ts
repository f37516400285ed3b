import type { CaptionParse } from './caption-types';
import { parseVtt } from './parse-vtt';

/**
 * SubRip is WebVTT's ancestor: numbered cues, `00:00:01,000 --> 00:00:04,000` timings, blank
 * lines between cues. It is read by the same spec parser as WebVTT once its two differences are
 * bridged: a signature line in front (its lines subtracted again from every error), and the
 * decimal comma of its timing lines. The cue numbers read as WebVTT cue identifiers. Speakers
 * come from a `NAME:` prefix of the text; a cue without one continues the speaker before it.
 */
export function parseSrt(text: string, file: string): CaptionParse {
  const bridged = text
    .split('\n')
    .map((line) => (line.includes('-->') ? line.replace(/(\d),(\d)/g, '$1.$2') : line))
    .join('\n');
  return parseVtt(`WEBVTT\n\n${bridged}`, { file, lineOffset: 2 });
}
