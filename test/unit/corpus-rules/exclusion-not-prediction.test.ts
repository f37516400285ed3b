import { exclusionNotPrediction } from '../../../src/ingest/corpus/rules/exclusion-not-prediction';
import { checkCorpus, GOOD } from './harness';

const excluded = (quote: string) =>
  `${GOOD}excluded:\n  - { turn: t002, quote: ${quote}, reason: x }\n`;

describe('exclusion-not-prediction', () => {
  it('accepts an exclusion of words no prediction uses', () => {
    expect(
      checkCorpus(exclusionNotPrediction, excluded('The Bombe already helps.')).errors,
    ).toEqual([]);
  });

  it('refuses excluding the very words of a prediction', () => {
    expect(
      checkCorpus(exclusionNotPrediction, excluded('machines will think by the end of the year'))
        .errors,
    ).toEqual([
      '0:excluded: "machines will think by the end of the year" is both excluded and the prediction alan-machines-think',
    ]);
  });
});
