import { discrepancyEntityKnown } from '../../../src/ingest/corpus/rules/discrepancy-entity-known';
import { checkFile, GOOD } from './harness';

const discrepancy = (fields: string) =>
  `${GOOD}discrepancies:\n  - { id: d1, correct: x, explanation: y, ${fields} }\n`;

describe('discrepancy-entity-known', () => {
  it('accepts a discrepancy about a known entity', () => {
    const yaml = discrepancy('turn: t002, text: Bombe, kind: wrong-title, entity: bombe');
    expect(checkFile(discrepancyEntityKnown, yaml).errors).toEqual([]);
  });

  it('refuses one about an unknown entity', () => {
    const yaml = discrepancy('turn: t002, text: Bombe, kind: wrong-title, entity: enigma');
    expect(checkFile(discrepancyEntityKnown, yaml).errors).toEqual([
      '28:discrepancies[0].entity: unknown entity "enigma"',
    ]);
  });
});
