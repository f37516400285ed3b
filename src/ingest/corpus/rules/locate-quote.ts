import { closestPassage, occurrencesOf } from '../../../domain/quote-finder';
import type { Path, Report } from './rule';
import { clip } from './text';

/**
 * Reports where a quote is not in its turn: the given occurrence (default the first) missing, or
 * the words missing, with the turn's closest passage so the annotator sees what it really says.
 * Files and the workbench's mutations get the same message.
 */
export function reportMissingQuote(
  report: Report,
  at: Path,
  turn: { text: string },
  localId: string,
  quote: string,
  occurrence: number | undefined,
): void {
  const found = occurrencesOf(turn.text, quote);
  if (found[(occurrence ?? 1) - 1] !== undefined) return;
  if (found.length > 0) {
    report.error(
      [...at, 'occurrence'],
      `the quote occurs ${found.length} time(s) in ${localId}, not ${occurrence ?? 1}`,
    );
    return;
  }
  const closest = closestPassage(turn.text, quote);
  report.error(
    [...at, 'quote'],
    `quote does not occur verbatim in ${localId}: "${clip(quote)}"` +
      (closest === null || closest.text.trim() === ''
        ? ''
        : `; the closest passage is "${clip(closest.text)}"`),
  );
}

/** Where a quote starts in its turn: its given occurrence, default the first; -1 when absent. */
export function quoteStart(text: string, quote: string, occurrence: number | undefined): number {
  return occurrencesOf(text, quote)[(occurrence ?? 1) - 1] ?? -1;
}
