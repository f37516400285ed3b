import { nameKey } from '../domain/name-key';
import type { SuggestionModel } from './suggestion';

/**
 * Names in a turn: spans whose name key (src/domain/name-key.ts) names a known entity, and
 * capitalised spans that name none yet. Pure: the caller looks the keys up (in the graph, or in
 * a corpus's own names when measuring) and passes what it found.
 */

/** A run of words that could be a name: its offsets, its text and its name key. */
export interface Span {
  start: number;
  end: number;
  text: string;
  key: string;
}

/** Longest name, in words, looked up (Scaling Scaling Laws for Board Games has six). */
export const MAX_NAME_WORDS = 6;

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’+]|[.\-&](?=[\p{L}\p{N}]))*/gu;
/** What a name never spans: sentence and clause punctuation, brackets and quotes. */
const BREAK = /[.,;:!?()[\]{}"“”…—–]/;

interface Word {
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    let end = m.index + m[0].length;
    // A possessive is not part of the name: "Anthropic's" names Anthropic.
    if (/['’]s$/i.test(m[0])) end -= 2;
    return { start: m.index, end };
  });
}

/** Every run of 1 to MAX_NAME_WORDS words that crosses no punctuation, with its key. */
export function candidateSpans(text: string): Span[] {
  const list = words(text);
  const spans: Span[] = [];
  for (let i = 0; i < list.length; i += 1) {
    for (let j = i; j < Math.min(list.length, i + MAX_NAME_WORDS); j += 1) {
      const first = list[i];
      const last = list[j];
      if (first === undefined || last === undefined) break;
      if (j > i) {
        const gap = text.slice(list[j - 1]?.end ?? 0, last.start);
        if (BREAK.test(gap) || gap.includes('\n')) break;
      }
      const spanText = text.slice(first.start, last.end);
      const key = nameKey(spanText);
      if (key !== '') spans.push({ start: first.start, end: last.end, text: spanText, key });
    }
  }
  return spans;
}

/** Words that start sentences in speech without naming anything. */
const SENTENCE_STARTERS = new Set(
  `i i'm i've i'll i'd a an the and but so or if then yeah yes no ok okay well oh now
  there this that these those it it's what when where why how who which we you they he she
  my our your their his her its one some all any just like right sure also maybe because as
  let's let do does did is are was were be been can could would should will might must to
  for of in on at by with from about into over after before again still even here hey great
  totally exactly interesting cool wow hmm um uh mm actually honestly basically literally`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
const JOINERS = new Set(['of', 'for', 'the', 'de', 'von', 'van', 'la', 'le', 'on', 'in']);

/** Capitalised, all-caps, CamelCase, or holding a digit: looks like part of a name. */
function looksNamed(token: string): boolean {
  return (
    /^\p{Lu}/u.test(token) ||
    /\p{Ll}\p{Lu}/u.test(token) ||
    (/\p{N}/u.test(token) && /\p{L}/u.test(token))
  );
}

/**
 * Runs of capitalised words (with "of", "for", "the"... between them), acronyms and CamelCase
 * words: possible names. A single capitalised word that starts a sentence is a name only when
 * it could not be an ordinary sentence start (an acronym, CamelCase, a word not in the list).
 */
export function capitalisedSpans(text: string): { start: number; end: number; text: string }[] {
  const list = words(text);
  const found: { start: number; end: number; text: string }[] = [];
  let i = 0;
  while (i < list.length) {
    const word = list[i];
    if (word === undefined) break;
    const token = text.slice(word.start, word.end);
    if (!looksNamed(token) || token === 'I' || /^I['’]/.test(token)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 < list.length) {
      const next = list[j + 1];
      const current = list[j];
      if (next === undefined || current === undefined) break;
      const gap = text.slice(current.end, next.start);
      if (BREAK.test(gap) || gap.includes('\n') || gap.length > 2) break;
      const nextToken = text.slice(next.start, next.end);
      if (looksNamed(nextToken) && nextToken !== 'I') {
        j += 1;
      } else if (JOINERS.has(nextToken.toLowerCase()) && j + 2 < list.length) {
        const after = list[j + 2];
        const afterToken = after ? text.slice(after.start, after.end) : '';
        if (!looksNamed(afterToken)) break;
        j += 2;
      } else break;
    }
    const last = list[j] ?? word;
    const spanText = text.slice(word.start, last.end);
    const single = i === j;
    const startsSentence =
      /(^|[.!?]["”’)]?\s+|\n)$/.test(text.slice(0, word.start)) || word.start === 0;
    const ordinary =
      single && startsSentence && SENTENCE_STARTERS.has(token.toLowerCase().replace('’', "'"));
    if (!ordinary) found.push({ start: word.start, end: last.end, text: spanText });
    i = j + 1;
  }
  return found;
}

/**
 * Known names first, longest first, never overlapping; then the capitalised spans that overlap
 * no known name. `known` maps a name key to the entities it names.
 */
export function nameSuggestions(
  text: string,
  known: ReadonlyMap<string, readonly string[]>,
): SuggestionModel[] {
  const matches = candidateSpans(text)
    .filter((span) => (known.get(span.key)?.length ?? 0) > 0)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: SuggestionModel[] = [];
  const overlaps = (start: number, end: number): boolean =>
    taken.some((other) => start < other.end && other.start < end);
  for (const span of matches) {
    if (overlaps(span.start, span.end)) continue;
    const entities = known.get(span.key) ?? [];
    taken.push({
      kind: 'KNOWN_ENTITY',
      start: span.start,
      end: span.end,
      text: span.text,
      entityId: entities[0] ?? null,
      reason:
        entities.length > 1
          ? `names ${entities.length} known entities (${entities.join(', ')})`
          : 'a name, alias or surface form of a known entity',
      cues: [],
    });
  }
  for (const span of capitalisedSpans(text)) {
    if (overlaps(span.start, span.end)) continue;
    taken.push({
      kind: 'NEW_NAME',
      start: span.start,
      end: span.end,
      text: span.text,
      entityId: null,
      reason: 'capitalised words that name no entity yet',
      cues: [],
    });
  }
  return taken.sort((a, b) => a.start - b.start);
}
