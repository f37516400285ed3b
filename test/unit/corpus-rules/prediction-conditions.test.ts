import { predictionConditions } from '../../../src/ingest/corpus/rules/prediction-conditions';
import { checkClaim, checkClaims, claim, GOOD, PREDICTION } from './harness';

const withConditions = (conditional: boolean | undefined, conditions: string[] | undefined) =>
  claim({ prediction: { ...PREDICTION, conditional, conditions } });

describe('prediction-conditions', () => {
  it('accepts a conditional prediction with its conditions, and a plain one', () => {
    expect(checkClaims(predictionConditions, GOOD).errors).toEqual([]);
    expect(checkClaim(predictionConditions, withConditions(true, ['if funded'])).errors).toEqual(
      [],
    );
    expect(
      checkClaim(predictionConditions, withConditions(undefined, ['if funded'])).errors,
    ).toEqual([]);
  });

  it('refuses conditions on an unconditional prediction, and the reverse', () => {
    expect(checkClaim(predictionConditions, withConditions(false, ['if funded'])).errors).toEqual([
      'prediction.conditional: conditions are given, so the prediction is conditional',
    ]);
    expect(checkClaim(predictionConditions, withConditions(true, [])).errors).toEqual([
      'prediction.conditions: a conditional prediction needs its conditions',
    ]);
  });
});
