import { reportMissingQuote } from './locate-quote';
import type { FileRule } from './rule';

/** An exclusion quotes its turn verbatim (at the occurrence it names, if it names one). */
export const exclusionInTurn: FileRule = {
  name: 'exclusion-in-turn',
  exclusion(item, i, { turnAt, report }) {
    const turn = turnAt(['excluded', i, 'turn'], item.turn);
    if (turn === undefined) return;
    reportMissingQuote(report, ['excluded', i], turn, item.turn, item.quote, item.occurrence);
  },
};
