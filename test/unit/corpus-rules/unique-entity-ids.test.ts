import { uniqueEntityIds } from '../../../src/ingest/corpus/rules/unique-entity-ids';
import { checkFile, GOOD, goodWith } from './harness';

const TWICE = '  - { id: bombe, type: hardware, name: The Bombe }\nclaims:\n';

describe('unique-entity-ids', () => {
  it('accepts an episode that defines each entity once', () => {
    expect(checkFile(uniqueEntityIds, GOOD).errors).toEqual([]);
  });

  it('refuses a second definition in the same episode', () => {
    expect(checkFile(uniqueEntityIds, goodWith(['claims:\n', TWICE])).errors).toEqual([
      '8:entities[1].id: duplicate entity id "bombe" in this episode',
    ]);
  });
});
