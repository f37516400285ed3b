/**
 * The words a person selected in a turn, as the API takes them: the quote verbatim and which
 * occurrence of it in the turn text (the server finds it again and stores the offsets).
 */
export interface TurnSelection {
  turnId: string;
  start: number;
  end: number;
  quote: string;
  /** 1-based, counting non-overlapping occurrences left to right, as the server does. */
  occurrence: number;
}

/**
 * Start offsets of `form` in `text`, non-overlapping, left to right. The same rule as the
 * server's quote finder (src/domain/quote-finder.ts): the dashboard knows the server only
 * through the API, so it keeps this one-line rule itself.
 */
export function occurrencesOf(text: string, form: string): number[] {
  const found: number[] = [];
  if (form === '') return found;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
    found.push(at);
  }
  return found;
}

/**
 * The selection of text[start, end), trimmed of surrounding white space (a double click
 * selects the space after a word), with its occurrence number; null when nothing is left or the
 * words overlap an earlier occurrence of themselves (the server could not tell them apart).
 */
export function selectionOf(
  turnId: string,
  text: string,
  from: number,
  to: number,
): TurnSelection | null {
  let start = Math.max(0, Math.min(from, to));
  let end = Math.min(text.length, Math.max(from, to));
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  if (end <= start) return null;
  const quote = text.slice(start, end);
  const index = occurrencesOf(text, quote).indexOf(start);
  if (index < 0) return null;
  return { turnId, start, end, quote, occurrence: index + 1 };
}

/** The occurrence number of the words at `start` (for suggestions and edits), or 1. */
export function occurrenceAt(text: string, quote: string, start: number): number {
  const index = occurrencesOf(text, quote).indexOf(start);
  return index < 0 ? 1 : index + 1;
}

/** The offset in a turn's text of a DOM position inside it (each piece carries data-at). */
function offsetOf(node: Node, offset: number, length: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = node.parentElement?.closest('[data-at]');
    return piece ? Number(piece.getAttribute('data-at')) + offset : null;
  }
  // A boundary between children (a triple click selects whole elements): the next piece's
  // start, or the end of the text when no piece follows.
  const element = node as Element;
  const inside = element.closest('[data-at]');
  if (inside) {
    const base = Number(inside.getAttribute('data-at'));
    return offset === 0 ? base : base + (inside.textContent ?? '').length;
  }
  for (const child of Array.from(element.childNodes).slice(offset)) {
    const piece =
      child.nodeType === Node.ELEMENT_NODE
        ? (child as Element).matches('[data-at]')
          ? (child as Element)
          : (child as Element).querySelector('[data-at]')
        : null;
    if (piece) return Number(piece.getAttribute('data-at'));
  }
  return length;
}

/** The browser's selection as a turn selection, when it lies within one turn's text. */
export function readDomSelection(
  selection: Selection | null,
  textOf: (turnId: string) => string | undefined,
): TurnSelection | null | 'across' {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const turnOf = (node: Node) =>
    (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest(
      '[data-turn-text]',
    );
  const first = turnOf(range.startContainer);
  const last = turnOf(range.endContainer);
  if (!first && !last) return null;
  if (!first || first !== last) return 'across';
  const turnId = first.getAttribute('data-turn-text') ?? '';
  const text = textOf(turnId);
  if (text === undefined) return null;
  const start = offsetOf(range.startContainer, range.startOffset, text.length);
  const end = offsetOf(range.endContainer, range.endOffset, text.length);
  if (start === null || end === null) return null;
  return selectionOf(turnId, text, start, end);
}
