import { predictionDatesValid } from '../../../src/ingest/corpus/rules/prediction-dates';
import { checkClaim, checkClaims, claim, GOOD, goodWith, PREDICTION } from './harness';

const withDates = (prediction: object) => {
  return claim({ prediction: { ...PREDICTION, horizon: 'by 2030', ...prediction } });
};

describe('prediction-dates', () => {
  it('accepts calendar dates on or after the air date', () => {
    expect(checkClaims(predictionDatesValid, GOOD).errors).toEqual([]);
  });

  it('refuses a date before the air date and one that is no calendar date', () => {
    expect(
      checkClaims(predictionDatesValid, goodWith(['due: 2024-12-31', 'due: 2023-12-31'])).errors,
    ).toEqual(['16:claims[0].prediction.due: 2023-12-31 is before the air date 2024-06-01']);
    expect(
      checkClaims(predictionDatesValid, goodWith(['due: 2024-12-31', 'due: 2024-02-30'])).errors,
    ).toEqual(['16:claims[0].prediction.due: "2024-02-30" is not a calendar date']);
  });

  it('refuses a window that runs backwards', () => {
    const backwards = withDates({
      due: undefined,
      window: { from: '2025-06-01', to: '2025-01-01' },
    });
    expect(checkClaim(predictionDatesValid, backwards).errors).toEqual([
      'prediction.window: window runs backwards: 2025-06-01 > 2025-01-01',
    ]);
  });
});
