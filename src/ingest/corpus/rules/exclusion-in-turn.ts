import type { FileRule } from './rule';
import { clip } from './text';

/** An exclusion quotes its turn verbatim. */
export const exclusionInTurn: FileRule = {
  name: 'exclusion-in-turn',
  exclusion(item, i, { turnAt, report }) {
    const turn = turnAt(['excluded', i, 'turn'], item.turn);
    if (turn !== undefined && !turn.text.includes(item.quote)) {
      report.error(
        ['excluded', i, 'quote'],
        `quote does not occur verbatim in ${item.turn}: "${clip(item.quote)}"`,
      );
    }
  },
};
