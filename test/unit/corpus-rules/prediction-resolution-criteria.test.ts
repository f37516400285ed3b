import { predictionResolutionCriteria } from '../../../src/ingest/corpus/rules/prediction-resolution-criteria';
import { checkClaim, checkClaims, claim, GOOD, goodWith } from './harness';

describe('prediction-resolution-criteria', () => {
  it('accepts a dated prediction that says how it resolves, and an undated one without', () => {
    expect(checkClaims(predictionResolutionCriteria, GOOD).errors).toEqual([]);
    const undated = claim({
      prediction: { confidence: { hedges: [], bucket: 'likely' }, horizon: 'eventually' },
    });
    expect(checkClaim(predictionResolutionCriteria, undated).errors).toEqual([]);
  });

  it('refuses a dated prediction without resolution criteria', () => {
    expect(
      checkClaims(predictionResolutionCriteria, goodWith([/ {6}resolutionCriteria: .*\n/, '']))
        .errors,
    ).toEqual([
      '15:claims[0].prediction.resolutionCriteria: a dated prediction needs resolutionCriteria: what would make it CORRECT, INCORRECT or PARTIALLY_CORRECT',
    ]);
  });
});
