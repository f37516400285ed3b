import { claimRelationTargets } from '../../../src/ingest/corpus/rules/claim-relation-targets';
import { checkClaim, checkClaims, claim, GOOD, goodWith } from './harness';

describe('claim-relation-targets', () => {
  it('accepts relations to claims that exist, even later in the file', () => {
    expect(checkClaims(claimRelationTargets, GOOD).errors).toEqual([]);
  });

  it('refuses an unknown target and a claim relating to itself', () => {
    expect(
      checkClaims(claimRelationTargets, goodWith(['target: ada-asks', 'target: nobody'])).errors,
    ).toEqual(['20:claims[0].relations[0].target: unknown claim "nobody"']);
    const self = claim({ relations: [{ type: 'supports', target: 'alan-machines-think' }] });
    expect(checkClaim(claimRelationTargets, self).errors).toEqual([
      'relations.0.target: a claim cannot relate to itself',
    ]);
  });
});
