import type { ClaimRule } from './rule';

/**
 * A reported view whose words stand in quotation marks says whether they are the person's own
 * words or the speaker's rendering (seed/README.md, rule 6): quotation marks in a transcript
 * prove neither, so the annotator has to say which.
 */
export const reportedWording: ClaimRule = {
  name: 'reported-wording',
  check({ attributedTo, quote }, turn, _scope, report) {
    if (turn === undefined || attributedTo === undefined || attributedTo.wording !== undefined) {
      return;
    }
    const start = turn.text.indexOf(quote);
    if (start >= 0 && opensQuotation(turn.text.slice(0, start).trimEnd())) {
      report.error(
        ['attributedTo', 'wording'],
        "the reported words stand in quotation marks: say whether they are a paraphrase (the speaker's rendering) or a quotation (known to be verbatim)",
      );
    }
  },
};

/** Whether the text ends with an opening quotation mark (a straight one opens when unpaired). */
function opensQuotation(before: string): boolean {
  if (before.endsWith('“')) return true;
  return before.endsWith('"') && (before.match(/"/g) ?? []).length % 2 === 1;
}
