import type { PredictionAnnotation } from '../../../src/ingest/annotations/annotation-types';
import { predictionResolutionCriteria } from '../../../src/ingest/corpus/rules/prediction-resolution-criteria';
import { checkClaim, checkClaims, claim, GOOD, goodWith, PREDICTION } from './harness';

/** Alan's prediction with some fields changed; `undefined` removes a field. */
function judged(changes: Partial<PredictionAnnotation>) {
  const prediction = { ...PREDICTION, ...changes };
  for (const key of Object.keys(changes) as (keyof PredictionAnnotation)[]) {
    if (changes[key] === undefined) delete prediction[key];
  }
  return checkClaim(predictionResolutionCriteria, claim({ prediction })).errors;
}

const UNDATED = { due: undefined, horizon: undefined } as const;

describe('prediction-resolution-criteria', () => {
  it('accepts criteria with both outcomes, their date and a source, and an unresolvable undated one', () => {
    expect(checkClaims(predictionResolutionCriteria, GOOD).errors).toEqual([]);
    expect(
      judged({
        ...UNDATED,
        resolutionCriteria: undefined,
        resolutionSource: undefined,
        unresolvable: 'No date and no measure.',
      }),
    ).toEqual([]);
  });

  it('refuses a prediction with neither criteria nor a reason it cannot be judged', () => {
    expect(
      judged({ ...UNDATED, resolutionCriteria: undefined, resolutionSource: undefined }),
    ).toEqual([
      'prediction.unresolvable: every prediction needs resolutionCriteria (with a source and the date it is judged on) or unresolvable (why it cannot be judged as worded)',
    ]);
    expect(
      checkClaims(predictionResolutionCriteria, goodWith([/ {6}resolutionCriteria: .*\n/, '']))
        .errors,
    ).toEqual([
      '15:claims[0].prediction.resolutionCriteria: a dated prediction needs resolutionCriteria: what would make it CORRECT, INCORRECT or PARTIALLY_CORRECT',
    ]);
  });

  it('refuses criteria without their date, their outcomes or their source', () => {
    expect(
      judged({ resolutionCriteria: 'CORRECT if it thinks.', resolutionSource: undefined }),
    ).toEqual([
      'prediction.resolutionCriteria: criteria must name the date they are judged on (2024-12-31)',
      'prediction.resolutionCriteria: criteria must say "CORRECT if ..." and "INCORRECT if ..."',
      'prediction.resolutionSource: criteria need a resolutionSource: where the evidence will be found',
    ]);
    expect(judged({ ...UNDATED })).toEqual([
      'prediction.resolutionCriteria: criteria need the date they are judged on: give due or window (with windowReason if the horizon names no date), or mark it unresolvable',
    ]);
  });

  it('refuses both answers at once, and a date on a prediction that cannot be judged', () => {
    expect(judged({ unresolvable: 'Vague.' })).toEqual([
      'prediction.unresolvable: give resolutionCriteria or unresolvable, not both',
    ]);
    expect(
      judged({
        resolutionCriteria: undefined,
        resolutionSource: undefined,
        unresolvable: 'Vague.',
      }),
    ).toEqual([
      'prediction.unresolvable: a dated prediction is judged on 2024-12-31: give resolutionCriteria, or drop the date',
    ]);
  });

  it('asks why a date was read from a horizon that names none', () => {
    expect(judged({ horizon: 'soon' })).toEqual([
      'prediction.windowReason: "soon" names no date: say in windowReason why the prediction is judged by 2024-12-31',
    ]);
    expect(judged({ horizon: undefined })).toEqual([
      'prediction.windowReason: no horizon was spoken: say in windowReason why the prediction is judged by 2024-12-31',
    ]);
    expect(judged({ horizon: 'soon', windowReason: 'Soon is read as within the year.' })).toEqual(
      [],
    );
    // Horizons the validator dates itself need no reason.
    for (const horizon of ['this time next year', 'within two years', 'in 2024']) {
      expect(judged({ horizon })).toEqual([]);
    }
  });
});
