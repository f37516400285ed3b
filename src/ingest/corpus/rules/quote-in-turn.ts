import { reportMissingQuote } from './locate-quote';
import type { ClaimRule } from './rule';

/** A claim's quote is the exact words of its turn (at the occurrence it names, if it names one). */
export const quoteInTurn: ClaimRule = {
  name: 'quote-in-turn',
  check(claim, turn, _scope, report) {
    if (turn === undefined) return;
    reportMissingQuote(report, [], turn, claim.turn, claim.quote, claim.occurrence);
  },
};
