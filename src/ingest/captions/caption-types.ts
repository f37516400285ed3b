import type { Problem } from '../problems';

/** The caption and transcript formats `npm run transcript -- import` reads. */
export const CAPTION_FORMATS = ['vtt', 'srt', 'whisper', 'text'] as const;
export type CaptionFormat = (typeof CAPTION_FORMATS)[number];

/**
 * One timed stretch of words from a caption file, in source order. `speaker` is the label as
 * the source writes it (a voice span, a `NAME:` prefix, `SPEAKER_00`), or null when the cue
 * names nobody: it then continues the turn before it.
 */
export interface Cue {
  start: number;
  /** Null when the source gives no end (a text transcript gives only starts). */
  end: number | null;
  speaker: string | null;
  text: string;
  /** 1-based line in the source file, for error messages. */
  line: number;
}

/** A chapter: a section of the episode from `start` until the next chapter. */
export interface Chapter {
  start: number;
  title: string;
  line: number;
}

export type CaptionParse =
  { ok: true; cues: Cue[]; chapters: Chapter[] } | { ok: false; problems: Problem[] };
