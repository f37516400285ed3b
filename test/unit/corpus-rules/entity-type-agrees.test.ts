import { entityTypeAgrees } from '../../../src/ingest/corpus/rules/entity-type-agrees';
import { checkFile, GOOD, goodWith } from './harness';

describe('entity-type-agrees', () => {
  it('accepts entities whose definitions agree', () => {
    expect(checkFile(entityTypeAgrees, GOOD).errors).toEqual([]);
  });

  it('refuses a speaker defined as something else, saying where it is a person', () => {
    const machine = goodWith([
      'claims:\n',
      '  - { id: alan-turing, type: hardware, name: Turing }\nclaims:\n',
    ]);
    expect(checkFile(entityTypeAgrees, machine).errors).toEqual([
      '8:entities[1].type: "alan-turing" is a person in small.md header, not a hardware',
    ]);
  });

  it('leaves a second definition in the same episode to unique-entity-ids', () => {
    const twice = goodWith([
      'claims:\n',
      '  - { id: bombe, type: concept, name: Bombe }\nclaims:\n',
    ]);
    expect(checkFile(entityTypeAgrees, twice).errors).toEqual([]);
  });
});
