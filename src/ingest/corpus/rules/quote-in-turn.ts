import type { ClaimRule } from './rule';
import { clip } from './text';

/** A claim's quote is the exact words of its turn. */
export const quoteInTurn: ClaimRule = {
  name: 'quote-in-turn',
  check(claim, turn, _scope, report) {
    if (turn !== undefined && !turn.text.includes(claim.quote)) {
      report.error(
        ['quote'],
        `quote does not occur verbatim in ${claim.turn}: "${clip(claim.quote)}"`,
      );
    }
  },
};
