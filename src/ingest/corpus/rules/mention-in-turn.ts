import type { FileRule } from './rule';
import { occurrences } from './text';

/** A mention's surface form occurs in its turn (at the occurrence given, if one is). */
export const mentionInTurn: FileRule = {
  name: 'mention-in-turn',
  mention(mention, at, { turnAt, report }) {
    const turn = turnAt([...at, 'turn'], mention.turn);
    if (turn === undefined) return;
    const found = occurrences(turn.text, mention.form);
    if (found.length === 0) {
      report.error([...at, 'form'], `"${mention.form}" does not occur in ${mention.turn}`);
    } else if (
      mention.occurrence !== undefined &&
      found.slice(mention.occurrence - 1, mention.occurrence).length === 0
    ) {
      report.error(
        [...at, 'occurrence'],
        `"${mention.form}" occurs ${found.length} time(s) in ${mention.turn}, not ${mention.occurrence}`,
      );
    }
  },
};
