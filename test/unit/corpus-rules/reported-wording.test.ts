import { reportedWording } from '../../../src/ingest/corpus/rules/reported-wording';
import { checkClaim, claim, TURN_2, type Found } from './harness';

// Alan reports Babbage's words inside quotation marks, and then his own view without them.
const TURN = {
  ...TURN_2,
  text: 'Babbage told me, "The engine will weave algebra." I think it will.',
};

function reported(quote: string, wording?: 'paraphrase' | 'quotation'): Found {
  const subject = claim({
    quote,
    kind: 'opinion',
    prediction: undefined,
    attributedTo: { person: 'charles-babbage', ...(wording ? { wording } : {}) },
  });
  return checkClaim(reportedWording, subject, TURN);
}

describe('reported-wording', () => {
  it('asks whether reported words in quotation marks are a paraphrase or a quotation', () => {
    expect(reported('The engine will weave algebra.').errors).toEqual([
      "attributedTo.wording: the reported words stand in quotation marks: say whether they are a paraphrase (the speaker's rendering) or a quotation (known to be verbatim)",
    ]);
    expect(reported('The engine will weave algebra.', 'paraphrase').errors).toEqual([]);
    expect(reported('The engine will weave algebra.', 'quotation').errors).toEqual([]);
  });

  it('leaves reports outside quotation marks, and the speaker’s own words, alone', () => {
    expect(reported('I think it will.').errors).toEqual([]);
    expect(
      checkClaim(reportedWording, claim({ quote: 'The engine will weave algebra.' }), TURN),
    ).toEqual({ errors: [], warnings: [] });
  });
});
