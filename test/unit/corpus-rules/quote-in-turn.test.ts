import { quoteInTurn } from '../../../src/ingest/corpus/rules/quote-in-turn';
import { checkClaim, checkClaims, claim, GOOD, goodWith, NO_TURN } from './harness';

describe('quote-in-turn', () => {
  it('accepts words that stand verbatim in the turn', () => {
    expect(checkClaims(quoteInTurn, GOOD).errors).toEqual([]);
  });

  it('refuses words the turn does not hold, quoting them (clipped when long)', () => {
    const yaml = goodWith([
      'quote: machines will think by the end of the year',
      'quote: machines will dream',
    ]);
    expect(checkClaims(quoteInTurn, yaml).errors).toEqual([
      '11:claims[0].quote: quote does not occur verbatim in t002: "machines will dream"',
    ]);
    const long = 'x'.repeat(80);
    expect(checkClaim(quoteInTurn, claim({ quote: long })).errors).toEqual([
      `quote: quote does not occur verbatim in t002: "${'x'.repeat(67)}..."`,
    ]);
  });

  it('leaves a claim without a turn to claim-turn-known', () => {
    expect(checkClaim(quoteInTurn, claim({ quote: 'nowhere' }), NO_TURN).errors).toEqual([]);
  });
});
