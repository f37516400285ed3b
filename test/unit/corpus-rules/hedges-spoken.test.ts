import { hedgesSpoken } from '../../../src/ingest/corpus/rules/hedges-spoken';
import { checkClaim, checkClaims, claim, GOOD, goodWith, PREDICTION } from './harness';

describe('hedges-spoken', () => {
  it('accepts hedges said in the turn, in any case', () => {
    expect(checkClaims(hedgesSpoken, GOOD).errors).toEqual([]);
    const shouted = claim({
      prediction: {
        ...PREDICTION,
        confidence: { hedges: ['I REALLY DO THINK'], bucket: 'almost-certain' },
      },
    });
    expect(checkClaim(hedgesSpoken, shouted).errors).toEqual([]);
  });

  it('refuses a hedge the turn does not say', () => {
    expect(
      checkClaims(hedgesSpoken, goodWith(['hedges: [I really do think]', 'hedges: [I am certain]']))
        .errors,
    ).toEqual([
      '18:claims[0].prediction.confidence.hedges[0]: hedge "I am certain" is not spoken in t002',
    ]);
  });
});
