import { claimTurnKnown } from '../../../src/ingest/corpus/rules/claim-turn-known';
import { checkClaim, checkClaims, claim, GOOD, goodWith, NO_TURN } from './harness';

describe('claim-turn-known', () => {
  it('accepts claims in turns the episode has', () => {
    expect(checkClaims(claimTurnKnown, GOOD).errors).toEqual([]);
  });

  it('names the turns the episode has when a claim names another', () => {
    expect(checkClaims(claimTurnKnown, goodWith(['turn: t001', 'turn: t009'])).errors).toEqual([
      '22:claims[1].turn: unknown turn "t009"; this episode has t001 to t002',
    ]);
  });

  it('checks one claim whose turn was not found', () => {
    expect(checkClaim(claimTurnKnown, claim({ turn: 't009' }), NO_TURN).errors).toEqual([
      'turn: unknown turn "t009"; this episode has t001 to t002',
    ]);
    expect(checkClaim(claimTurnKnown, claim()).errors).toEqual([]);
  });
});
