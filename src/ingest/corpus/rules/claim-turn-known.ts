import { unknownTurn } from './messages';
import type { ClaimRule } from './rule';

/** A claim stands in a turn of its episode. */
export const claimTurnKnown: ClaimRule = {
  name: 'claim-turn-known',
  check(claim, turn, scope, report) {
    if (turn === undefined) report.error(['turn'], unknownTurn(claim.turn, scope.turnCount));
  },
};
