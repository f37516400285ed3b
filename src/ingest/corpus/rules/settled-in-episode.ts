import { unknownTurn } from './messages';
import { clip } from './text';
import type { ClaimRule } from './rule';

/**
 * A prediction the episode itself settles (a forecast made before it, judged in it) quotes the
 * words that settle it, verbatim, from a turn of the episode.
 */
export const settledInEpisode: ClaimRule = {
  name: 'settled-in-episode',
  check({ prediction }, turn, scope, report) {
    const settled = prediction?.resolvedInEpisode;
    if (settled === undefined || turn === undefined) return;
    const at = ['prediction', 'resolvedInEpisode'];
    const text = scope.turnText(settled.turn);
    if (text === undefined) {
      report.error([...at, 'turn'], unknownTurn(settled.turn, scope.turnCount));
    } else if (!text.includes(settled.quote)) {
      report.error(
        [...at, 'quote'],
        `quote does not occur verbatim in ${settled.turn}: "${clip(settled.quote)}"`,
      );
    }
  },
};
