/**
 * Turns what a user typed into a Lucene query that matches those words and nothing else:
 * every character with a meaning in Lucene's syntax is escaped, and words are lower-cased so
 * AND, OR and NOT are searched for rather than obeyed.
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 16;

export function toLuceneQuery(input: string): { query: string; terms: string[] } {
  const words = input
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s\u00a0]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, MAX_TERMS);
  // A word with accents is searched without them too (pokémon, pokemon): entities index their
  // names folded (src/domain/name-key.ts), and people type either form.
  const terms = [
    ...new Set(
      words.flatMap((word) => [
        word,
        word
          .normalize('NFKD')
          .replace(/\p{M}+/gu, '')
          .normalize('NFC'),
      ]),
    ),
  ];
  return { query: terms.map((term) => term.replace(SPECIAL, (c) => `\\${c}`)).join(' '), terms };
}

/** The text around the first matching term, HTML-escaped, each term wrapped in <mark>. */
export function highlight(text: string, terms: string[], width = 160): string {
  const lower = text.toLowerCase();
  let first = -1;
  for (const word of lower.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (terms.includes(word[0])) {
      first = word.index;
      break;
    }
  }
  const start = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  const window = text.slice(start, end);
  const marks: [number, number][] = [];
  const wanted = new Set(terms);
  // Lucene matches whole tokens, so only whole words are marked.
  for (const word of window.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (wanted.has(word[0].toLowerCase())) marks.push([word.index, word.index + word[0].length]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  for (const [from, to] of marks) {
    if (from < cursor) continue;
    out +=
      escapeHtml(window.slice(cursor, from)) +
      '<mark>' +
      escapeHtml(window.slice(from, to)) +
      '</mark>';
    cursor = to;
  }
  out += escapeHtml(window.slice(cursor));
  return `${start > 0 ? '…' : ''}${out}${end < text.length ? '…' : ''}`;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
