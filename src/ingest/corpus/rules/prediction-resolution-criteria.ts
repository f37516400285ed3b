import type { PredictionAnnotation } from '../../annotations/annotation-types';
import type { ClaimRule, Path, Report } from './rule';

/** Horizons the validator reads a date from itself; any other dated horizon says why. */
const DATED_HORIZON =
  /end of (this|the) year|this time next year|\b(19|20)\d\d\b|\bwithin (a|an|one|two|three|four|five|six|ten|\d+) (day|week|month|year)s?\b/i;

const AT: Path = ['prediction'];

/**
 * Every prediction says how it will be judged or why it cannot be (seed/README.md, rule 12):
 * criteria name a source, the date they are judged on and what is CORRECT and INCORRECT; an
 * unresolvable one has no date; a date read from a horizon that names none says why.
 */
export const predictionResolutionCriteria: ClaimRule = {
  name: 'prediction-resolution-criteria',
  check({ prediction }, turn, _scope, report) {
    if (prediction === undefined || turn === undefined) return;
    const deadline = prediction.due ?? prediction.window?.to;
    checkPresence(prediction, deadline, report);
    if (prediction.resolutionCriteria !== undefined) {
      checkCriteria(prediction, prediction.resolutionCriteria, deadline, report);
    }
    const horizon = prediction.horizon ?? '';
    if (
      deadline !== undefined &&
      prediction.windowReason === undefined &&
      !DATED_HORIZON.test(horizon)
    ) {
      report.error(
        [...AT, 'windowReason'],
        `${horizon === '' ? 'no horizon was spoken' : `"${horizon}" names no date`}: say in windowReason why the prediction is judged by ${deadline}`,
      );
    }
  },
};

/** Criteria or a reason it cannot be judged: one of them, and no date on an unjudgeable one. */
function checkPresence(
  { resolutionCriteria: criteria, unresolvable }: PredictionAnnotation,
  deadline: string | undefined,
  report: Report,
): void {
  if (criteria !== undefined && unresolvable !== undefined) {
    report.error([...AT, 'unresolvable'], 'give resolutionCriteria or unresolvable, not both');
  } else if (criteria === undefined && unresolvable === undefined) {
    if (deadline === undefined) {
      report.error(
        [...AT, 'unresolvable'],
        'every prediction needs resolutionCriteria (with a source and the date it is judged on) or unresolvable (why it cannot be judged as worded)',
      );
    } else {
      report.error(
        [...AT, 'resolutionCriteria'],
        'a dated prediction needs resolutionCriteria: what would make it CORRECT, INCORRECT or PARTIALLY_CORRECT',
      );
    }
  } else if (criteria === undefined && deadline !== undefined) {
    report.error(
      [...AT, 'unresolvable'],
      `a dated prediction is judged on ${deadline}: give resolutionCriteria, or drop the date`,
    );
  }
}

/** Criteria name the date they are judged on, both outcomes, and where the evidence is. */
function checkCriteria(
  prediction: PredictionAnnotation,
  criteria: string,
  deadline: string | undefined,
  report: Report,
): void {
  if (deadline === undefined) {
    report.error(
      [...AT, 'resolutionCriteria'],
      'criteria need the date they are judged on: give due or window (with windowReason if the horizon names no date), or mark it unresolvable',
    );
  } else if (!criteria.includes(deadline)) {
    report.error(
      [...AT, 'resolutionCriteria'],
      `criteria must name the date they are judged on (${deadline})`,
    );
  }
  if (!/\bCORRECT if\b/.test(criteria) || !/\bINCORRECT if\b/.test(criteria)) {
    report.error(
      [...AT, 'resolutionCriteria'],
      'criteria must say "CORRECT if ..." and "INCORRECT if ..."',
    );
  }
  if (prediction.resolutionSource === undefined) {
    report.error(
      [...AT, 'resolutionSource'],
      'criteria need a resolutionSource: where the evidence will be found',
    );
  }
}
