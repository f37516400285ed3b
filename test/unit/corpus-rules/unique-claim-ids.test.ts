import { uniqueClaimIds } from '../../../src/ingest/corpus/rules/unique-claim-ids';
import { checkFile, GOOD, goodWith } from './harness';

describe('unique-claim-ids', () => {
  it('accepts distinct claim ids', () => {
    expect(checkFile(uniqueClaimIds, GOOD).errors).toEqual([]);
  });

  it('refuses a second claim with an id, pointing at the first', () => {
    const duplicated = goodWith(['id: ada-asks', 'id: alan-machines-think']);
    expect(checkFile(uniqueClaimIds, duplicated).errors).toEqual([
      '21:claims[1].id: duplicate claim id "alan-machines-think" (first at small.yaml:9)',
    ]);
  });
});
