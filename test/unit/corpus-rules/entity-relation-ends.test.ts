import { entityRelationEnds } from '../../../src/ingest/corpus/rules/entity-relation-ends';
import { checkFile, GOOD } from './harness';

const relation = (from: string, to: string) =>
  `${GOOD}entityRelations:\n  - { from: ${from}, type: affiliated_with, to: ${to} }\n`;

describe('entity-relation-ends', () => {
  it('accepts a relation between two known entities', () => {
    expect(checkFile(entityRelationEnds, relation('alan-turing', 'bombe')).errors).toEqual([]);
  });

  it('refuses unknown ends and an entity related to itself', () => {
    expect(checkFile(entityRelationEnds, relation('nobody', 'enigma')).errors).toEqual([
      '28:entityRelations[0].from: unknown entity "nobody"',
      '28:entityRelations[0].to: unknown entity "enigma"',
    ]);
    expect(checkFile(entityRelationEnds, relation('bombe', 'bombe')).errors).toEqual([
      '28:entityRelations[0].to: an entity cannot relate to itself',
    ]);
  });
});
