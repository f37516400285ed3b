import type { ClaimRule } from './rule';

/** A spoken horizon ("by the end of the year", "eventually") agrees with the dates given. */
export const predictionHorizon: ClaimRule = {
  name: 'prediction-horizon',
  check({ prediction }, turn, { airDate }, report) {
    if (prediction === undefined || turn === undefined) return;
    const horizon = (prediction.horizon ?? '').toLowerCase();
    const year = Number(airDate.slice(0, 4));
    const first = prediction.due ?? prediction.window?.from;
    const last = prediction.due ?? prediction.window?.to;
    const dateField = ['prediction', prediction.due ? 'due' : 'window'];
    if (
      /end of (this|the) year/.test(horizon) &&
      first !== undefined &&
      first !== `${year}-12-31`
    ) {
      report.error(
        dateField,
        `"${prediction.horizon}" said on ${airDate} means ${year}-12-31, not ${first}`,
      );
    }
    const nextYear = `${year + 1}${airDate.slice(4)}`;
    if (/this time next year/.test(horizon) && last !== undefined && last !== nextYear) {
      report.error(
        dateField,
        `"${prediction.horizon}" said on ${airDate} means ${nextYear}, not ${last}`,
      );
    }
    if (/^eventually\b/.test(horizon) && first !== undefined) {
      report.error(['prediction', 'horizon'], '"eventually" gives no due date; remove due/window');
    }
  },
};
