/** Long quotes shortened for a message. */
export function clip(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}

/** Start offsets of every occurrence of `form` in `text` (the workbench finds quotes the same way). */
export { occurrencesOf as occurrences } from '../../../domain/quote-finder';
