import { predictionDates } from './prediction-dates';
import type { ClaimRule } from './rule';

/** A dated prediction says what would make it come true, or not. */
export const predictionResolutionCriteria: ClaimRule = {
  name: 'prediction-resolution-criteria',
  check({ prediction }, turn, _scope, report) {
    if (prediction === undefined || turn === undefined) return;
    if (predictionDates(prediction).length > 0 && prediction.resolutionCriteria === undefined) {
      report.error(
        ['prediction', 'resolutionCriteria'],
        'a dated prediction needs resolutionCriteria: what would make it CORRECT, INCORRECT or PARTIALLY_CORRECT',
      );
    }
  },
};
