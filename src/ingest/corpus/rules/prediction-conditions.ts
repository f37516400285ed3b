import type { ClaimRule } from './rule';

/** A prediction is conditional exactly when it gives conditions. */
export const predictionConditions: ClaimRule = {
  name: 'prediction-conditions',
  check({ prediction }, turn, _scope, report) {
    if (prediction === undefined || turn === undefined) return;
    const conditions = prediction.conditions ?? [];
    if (prediction.conditional === false && conditions.length > 0) {
      report.error(
        ['prediction', 'conditional'],
        'conditions are given, so the prediction is conditional',
      );
    }
    if (prediction.conditional === true && conditions.length === 0) {
      report.error(['prediction', 'conditions'], 'a conditional prediction needs its conditions');
    }
  },
};
