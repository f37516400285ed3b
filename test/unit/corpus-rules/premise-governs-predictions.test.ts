import { premiseGovernsPredictions } from '../../../src/ingest/corpus/rules/premise-governs-predictions';
import { checkCorpus, GOOD, goodWith } from './harness';

const PREMISE =
  '    kind: question\n    premise: { text: by the end of this year, governs: [t002] }\n';

describe('premise-governs-predictions', () => {
  it('accepts a corpus without premises, and a premise every governed prediction carries', () => {
    expect(checkCorpus(premiseGovernsPredictions, GOOD).errors).toEqual([]);
    const carried = goodWith(
      ['    kind: question\n', PREMISE],
      [
        '      confidence:',
        '      conditional: true\n      conditions: [By the end of this year]\n      confidence:',
      ],
    );
    expect(checkCorpus(premiseGovernsPredictions, carried).errors).toEqual([]);
  });

  it('refuses a prediction in a governed turn that does not carry the premise', () => {
    expect(
      checkCorpus(premiseGovernsPredictions, goodWith(['    kind: question\n', PREMISE])).errors,
    ).toEqual([
      '0:premise: the premise of ada-asks governs 2024-06-01-small-talk#t002: make its prediction alan-machines-think conditional and name "by the end of this year" among its conditions',
    ]);
  });
});
