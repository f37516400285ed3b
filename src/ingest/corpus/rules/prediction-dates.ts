import { isCalendarDate } from '../../../domain/dates';
import type { PredictionAnnotation } from '../../annotations/annotation-types';
import type { ClaimRule } from './rule';

/** The due date or window of a prediction, as [field, value] pairs. */
export function predictionDates(prediction: PredictionAnnotation): [string, string][] {
  const dates: [string, string][] = [];
  if (prediction.due !== undefined) dates.push(['due', prediction.due]);
  if (prediction.window) {
    dates.push(['window.from', prediction.window.from], ['window.to', prediction.window.to]);
  }
  return dates;
}

/** Dates are calendar dates, never before the air date, and a window runs forward. */
export const predictionDatesValid: ClaimRule = {
  name: 'prediction-dates',
  check({ prediction }, turn, { airDate }, report) {
    if (prediction === undefined || turn === undefined) return;
    for (const [name, value] of predictionDates(prediction)) {
      const at = ['prediction', ...name.split('.')];
      if (!isCalendarDate(value)) report.error(at, `"${value}" is not a calendar date`);
      else if (value < airDate) report.error(at, `${value} is before the air date ${airDate}`);
    }
    if (prediction.window && prediction.window.from > prediction.window.to) {
      report.error(
        ['prediction', 'window'],
        `window runs backwards: ${prediction.window.from} > ${prediction.window.to}`,
      );
    }
  },
};
