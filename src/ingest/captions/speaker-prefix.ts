/**
 * A speaker named at the start of a caption's text, as SRT and many VTT files write it:
 * `MARCUS LEE: Welcome back`, `Speaker 1: ...`, `SPEAKER_00: ...`, `>> Jane: ...`, `- Jane: ...`.
 * A name is one to four capitalised words (or a diarisation label); anything longer is read as
 * text, so "Note to self: ..." style sentences are not taken for speakers.
 */
const PREFIX =
  /^(?:>>\s*|-\s+)?((?:SPEAKER_\d+)|(?:[A-Z][\p{L}.'’-]*(?:\s+(?:[A-Z][\p{L}.'’-]*|\d+)){0,3}))\s*:\s+(.*)$/su;

/** A YouTube-style speaker change (`>>`) that names nobody, or a dialogue dash. */
const BARE_MARK = /^(?:>>|-)\s+/;

export function splitSpeakerPrefix(text: string): { speaker: string | null; text: string } {
  const match = PREFIX.exec(text);
  if (match?.[1] !== undefined && match[2] !== undefined) {
    return { speaker: match[1], text: match[2] };
  }
  return { speaker: null, text: text.replace(BARE_MARK, '') };
}

/** Caption lines are broken for the screen, not for sense: one space between words. */
export function normaliseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
