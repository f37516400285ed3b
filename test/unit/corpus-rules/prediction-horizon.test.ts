import { predictionHorizon } from '../../../src/ingest/corpus/rules/prediction-horizon';
import { checkClaim, checkClaims, claim, GOOD, goodWith, PREDICTION } from './harness';

const saying = (horizon: string, dates: object) =>
  claim({ prediction: { ...PREDICTION, horizon, due: undefined, ...dates } });

describe('prediction-horizon', () => {
  it('accepts dates that agree with the spoken horizon', () => {
    expect(checkClaims(predictionHorizon, GOOD).errors).toEqual([]);
    const nextYear = saying('this time next year', { due: '2025-06-01' });
    expect(checkClaim(predictionHorizon, nextYear).errors).toEqual([]);
  });

  it('refuses "the end of the year" on another date', () => {
    expect(
      checkClaims(predictionHorizon, goodWith(['due: 2024-12-31', 'due: 2025-06-30'])).errors,
    ).toEqual([
      '16:claims[0].prediction.due: "by the end of the year" said on 2024-06-01 means 2024-12-31, not 2025-06-30',
    ]);
  });

  it('refuses "this time next year" ending elsewhere, and a date on "eventually"', () => {
    const window = saying('by this time next year', {
      window: { from: '2024-06-01', to: '2025-01-01' },
    });
    expect(checkClaim(predictionHorizon, window).errors).toEqual([
      'prediction.window: "by this time next year" said on 2024-06-01 means 2025-06-01, not 2025-01-01',
    ]);
    expect(
      checkClaim(predictionHorizon, saying('eventually', { due: '2030-01-01' })).errors,
    ).toEqual(['prediction.horizon: "eventually" gives no due date; remove due/window']);
  });
});
