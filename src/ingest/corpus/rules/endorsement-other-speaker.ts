import type { CorpusRule } from './rule';

/** One endorses someone else's claim; agreeing with oneself is `supports`. */
export const endorsementOtherSpeaker: CorpusRule = {
  name: 'endorsement-other-speaker',
  check({ claims, claimRelations }, report) {
    const speakerOf = new Map(claims.map((claim) => [claim.id, claim.speakerId]));
    for (const relation of claimRelations) {
      if (
        relation.type === 'endorses' &&
        speakerOf.get(relation.from) === speakerOf.get(relation.to)
      ) {
        report(
          'relations',
          `${relation.from} endorses ${relation.to}, a claim by the same speaker; use supports`,
        );
      }
    }
  },
};
