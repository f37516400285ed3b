import { endorsementOtherSpeaker } from '../../../src/ingest/corpus/rules/endorsement-other-speaker';
import { checkCorpus, goodWith } from './harness';

const endorsing = (turn: string, quote: string) =>
  goodWith([
    'notes:',
    `  - id: endorser\n    turn: ${turn}\n    quote: ${quote}\n    kind: opinion\n    relations: [{ type: endorses, target: alan-machines-think }]\nnotes:`,
  ]);

describe('endorsement-other-speaker', () => {
  it("accepts an endorsement of someone else's claim", () => {
    expect(
      checkCorpus(endorsementOtherSpeaker, endorsing('t001', 'Will machines think')).errors,
    ).toEqual([]);
  });

  it("refuses an endorsement of one's own claim", () => {
    expect(
      checkCorpus(endorsementOtherSpeaker, endorsing('t002', 'The Bombe already helps.')).errors,
    ).toEqual([
      '0:relations: endorser endorses alan-machines-think, a claim by the same speaker; use supports',
    ]);
  });
});
