/**
 * Finding an annotator's quote in a turn. A quote must stand verbatim in the turn text (seed
 * README: offsets are UTF-16 code units, as in JavaScript); when it does not, the closest
 * passage tells the annotator what the turn really says there.
 */

/** A span of a turn's text. */
export interface Passage {
  start: number;
  end: number;
  text: string;
  /** Edits (insertions, deletions, substitutions, ignoring case) from the quote to the passage. */
  distance: number;
}

export type QuoteLocation =
  | { ok: true; start: number; end: number; occurrences: number }
  | { ok: false; occurrences: number; closest: Passage | null };

/** Start offsets of every occurrence of `form` in `text` (non-overlapping, left to right). */
export function occurrencesOf(text: string, form: string): number[] {
  const found: number[] = [];
  if (form === '') return found;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
    found.push(at);
  }
  return found;
}

/**
 * The offsets of the `occurrence`-th (1-based) verbatim occurrence of `quote`, or the closest
 * passage when the quote is not there at all.
 */
export function locateQuote(text: string, quote: string, occurrence = 1): QuoteLocation {
  const found = occurrencesOf(text, quote);
  const start = found[occurrence - 1];
  if (start !== undefined) {
    return { ok: true, start, end: start + quote.length, occurrences: found.length };
  }
  return {
    ok: false,
    occurrences: found.length,
    closest: found.length === 0 ? closestPassage(text, quote) : null,
  };
}

/** Cells of the edit-distance table we are willing to fill for one error message. */
const MAX_CELLS = 40_000_000;

/**
 * The passage of `text` with the smallest edit distance to `pattern`: approximate substring
 * matching (Sellers 1980), dynamic programming where the match may start and end anywhere in
 * the text at no cost. O(|pattern| × |text|) time, O(|text|) memory; case is ignored. Very long
 * patterns are matched on their head and the passage extended by the rest, to bound the work.
 * The passage is widened to whole words, since it is shown to a person.
 */
export function closestPassage(text: string, pattern: string): Passage | null {
  if (text === '' || pattern === '') return null;
  const limit = Math.max(1, Math.floor(MAX_CELLS / text.length));
  const head = pattern.length > limit ? pattern.slice(0, limit) : pattern;
  const t = text.toLowerCase();
  const p = head.toLowerCase();
  const n = t.length;
  // prev[j]/cur[j]: distance of p[0..i) against a text span ending at j; from[j]: where it starts.
  let prev = new Array<number>(n + 1).fill(0);
  let prevFrom = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  let curFrom = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= p.length; i += 1) {
    cur[0] = i;
    curFrom[0] = 0;
    const pc = p.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const substitute = (prev[j - 1] ?? 0) + (pc === t.charCodeAt(j - 1) ? 0 : 1);
      const skipPattern = (prev[j] ?? 0) + 1;
      const skipText = (cur[j - 1] ?? 0) + 1;
      if (substitute <= skipPattern && substitute <= skipText) {
        cur[j] = substitute;
        curFrom[j] = prevFrom[j - 1] ?? 0;
      } else if (skipPattern <= skipText) {
        cur[j] = skipPattern;
        curFrom[j] = prevFrom[j] ?? 0;
      } else {
        cur[j] = skipText;
        curFrom[j] = curFrom[j - 1] ?? 0;
      }
    }
    [prev, cur] = [cur, prev];
    [prevFrom, curFrom] = [curFrom, prevFrom];
  }
  let bestEnd = 0;
  for (let j = 1; j <= n; j += 1) if ((prev[j] ?? 0) < (prev[bestEnd] ?? 0)) bestEnd = j;
  const distance = (prev[bestEnd] ?? 0) + (pattern.length - head.length);
  let start = prevFrom[bestEnd] ?? 0;
  let end = Math.min(n, bestEnd + (pattern.length - head.length));
  while (start > 0 && /\w/.test(text[start - 1] ?? '') && /\w/.test(text[start] ?? '')) start -= 1;
  while (end < n && /\w/.test(text[end - 1] ?? '') && /\w/.test(text[end] ?? '')) end += 1;
  return { start, end, text: text.slice(start, end), distance };
}
