import { questionQuotesQuestion } from '../../../src/ingest/corpus/rules/question-quotes-question';
import { checkClaim, checkClaims, claim, GOOD, goodWith } from './harness';

describe('question-quotes-question', () => {
  it('accepts a question claim that quotes the question, and any other kind without one', () => {
    expect(checkClaims(questionQuotesQuestion, GOOD).errors).toEqual([]);
    expect(checkClaim(questionQuotesQuestion, claim()).errors).toEqual([]);
  });

  it('refuses a question claim that quotes a statement', () => {
    const statement = goodWith([
      'quote: Will machines think by the end of this year?',
      'quote: Will machines think',
    ]);
    expect(checkClaims(questionQuotesQuestion, statement).errors).toEqual([
      '24:claims[1].quote: a question claim quotes the question itself (ending in "?"); a statement that introduces it is a claim of its own',
    ]);
  });
});
