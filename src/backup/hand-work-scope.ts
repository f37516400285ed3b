import type { HandWork } from '../db/backup/hand-work-repository';
import type { Corpus } from '../domain/corpus';

/** A hand-work record that names something the corpus files do not hold. */
export interface Stray {
  field: string;
  message: string;
}

/**
 * Splits the hand work into what the corpus files of the same backup hold (each record's
 * prediction, claim, entity, mention or exclusion is in them) and what they do not. A restore
 * refuses strays (a damaged or mismatched file); a backup leaves out those made while it ran,
 * after their episode was read, so that every backup it writes can be restored.
 */
export function splitByCorpus(work: HandWork, corpus: Corpus): { kept: HandWork; strays: Stray[] } {
  const predictions = new Set(
    corpus.claims.filter((claim) => claim.prediction !== null).map((claim) => claim.id),
  );
  const claims = new Set(corpus.claims.map((claim) => claim.id));
  const held = {
    claim: claims,
    entity: new Set(corpus.entities.map((entity) => entity.id)),
    exclusion: new Set(corpus.excluded.map((exclusion) => exclusion.id)),
  };
  const mentions = new Set(
    corpus.mentions.map((m) => JSON.stringify([m.turnId, m.entityId, m.start])),
  );
  const targets = new Set([...claims, ...held.entity]);
  const strays: Stray[] = [];
  const keep = <T>(list: readonly T[], name: string, test: (item: T) => string | null): T[] =>
    list.filter((item, index) => {
      const stray = test(item);
      if (stray !== null) strays.push({ field: `${name}[${index}]`, message: stray });
      return stray === null;
    });
  const kept: HandWork = {
    resolutions: keep(work.resolutions, 'resolutions', (r) =>
      predictions.has(r.predictionId) ? null : notA(r.predictionId, 'prediction', 'predictionId'),
    ),
    statuses: keep(work.statuses, 'statuses', (s) =>
      predictions.has(s.id) ? null : notA(s.id, 'prediction', 'id'),
    ),
    revisions: keep(work.revisions, 'revisions', (r) =>
      claims.has(r.claimId) ? null : notA(r.claimId, 'claim', 'claimId'),
    ),
    authorship: keep(work.authorship, 'authorship', (a) =>
      held[a.node].has(a.id) ? null : notA(a.id, a.node, 'id'),
    ),
    mentionAuthorship: keep(work.mentionAuthorship, 'mentionAuthorship', (m) =>
      mentions.has(JSON.stringify([m.turnId, m.entityId, m.start]))
        ? null
        : `turnId: no mention of ${m.entityId} at ${m.start} in ${m.turnId} in the backup's episodes`,
    ),
    mutationKeys: keep(work.mutationKeys, 'mutationKeys', (k) =>
      targets.has(k.targetId) ? null : notA(k.targetId, 'claim or entity', 'targetId'),
    ),
  };
  // The field is the record's, with the property named first in the message.
  return {
    kept,
    strays: strays.map((stray) => {
      const [property, ...rest] = stray.message.split(': ');
      return { field: `${stray.field}.${property}`, message: rest.join(': ') };
    }),
  };
}

function notA(id: string, what: string, property: string): string {
  return `${property}: ${id} is not a ${what} of the backup's episodes`;
}
