import type { CorpusRule } from './rule';

/**
 * The premise of a question conditions every prediction of the answer (seed/README.md, rule
 * 5): each prediction in a turn the premise governs is conditional and names the premise among
 * its conditions. It needs every claim of the governed turns, so it runs over the whole corpus.
 */
export const premiseGovernsPredictions: CorpusRule = {
  name: 'premise-governs-predictions',
  check({ premises, claims }, report) {
    for (const premise of premises) {
      const wanted = premise.text.toLowerCase();
      for (const claim of claims) {
        if (claim.prediction === null || !premise.governs.includes(claim.turnId)) continue;
        const carried = claim.prediction.conditions.some((condition) =>
          condition.toLowerCase().includes(wanted),
        );
        if (!carried || !claim.prediction.conditional) {
          report(
            'premise',
            `the premise of ${premise.claimId} governs ${claim.turnId}: make its prediction ${claim.id} conditional and name "${premise.text}" among its conditions`,
          );
        }
      }
    }
  },
};
