import type { CorpusRule } from './rule';
import { clip } from './text';

/** An exclusion says "not a prediction": the same words in the same turn cannot also be one. */
export const exclusionNotPrediction: CorpusRule = {
  name: 'exclusion-not-prediction',
  check({ excluded, claims }, report) {
    for (const item of excluded) {
      const clash = claims.find(
        (claim) =>
          claim.prediction !== null && claim.turnId === item.turnId && claim.quote === item.quote,
      );
      if (clash) {
        report('excluded', `"${clip(item.quote)}" is both excluded and the prediction ${clash.id}`);
      }
    }
  },
};
