import type { ClaimRule } from './rule';

/**
 * A claim of kind question quotes the question itself (seed/README.md, rule 7): a statement
 * that introduces a question is a claim of its own kind.
 */
export const questionQuotesQuestion: ClaimRule = {
  name: 'question-quotes-question',
  check({ kind, quote }, _turn, _scope, report) {
    if (kind === 'question' && !quote.trimEnd().endsWith('?')) {
      report.error(
        ['quote'],
        'a question claim quotes the question itself (ending in "?"); a statement that introduces it is a claim of its own',
      );
    }
  },
};
