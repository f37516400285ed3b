import { unknownTurn } from './messages';
import { clip } from './text';
import type { ClaimRule } from './rule';

/**
 * A premise a claim states stands verbatim in the claim's turn, and the turns it governs are
 * turns of the episode (premise-governs-predictions then checks the predictions in them).
 */
export const premiseInTurn: ClaimRule = {
  name: 'premise-in-turn',
  check({ premise, turn: localId }, turn, scope, report) {
    if (premise === undefined || turn === undefined) return;
    if (!turn.text.includes(premise.text)) {
      report.error(
        ['premise', 'text'],
        `premise does not occur verbatim in ${localId}: "${clip(premise.text)}"`,
      );
    }
    premise.governs.forEach((governed, j) => {
      if (scope.turnText(governed) === undefined) {
        report.error(['premise', 'governs', j], unknownTurn(governed, scope.turnCount));
      }
    });
  },
};
