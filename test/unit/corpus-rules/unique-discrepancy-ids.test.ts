import { uniqueDiscrepancyIds } from '../../../src/ingest/corpus/rules/unique-discrepancy-ids';
import { checkFile, GOOD } from './harness';

const doubt = (id: string, text: string) =>
  `  - { id: ${id}, turn: t002, text: ${text}, correct: x, kind: attribution, explanation: y }\n`;

describe('unique-discrepancy-ids', () => {
  it('accepts distinct discrepancy ids', () => {
    const yaml = `${GOOD}discrepancies:\n${doubt('a', 'Bombe')}${doubt('b', 'machines')}`;
    expect(checkFile(uniqueDiscrepancyIds, yaml).errors).toEqual([]);
  });

  it('refuses a second discrepancy with an id, pointing at the first', () => {
    const yaml = `${GOOD}discrepancies:\n${doubt('a', 'Bombe')}${doubt('a', 'machines')}`;
    expect(checkFile(uniqueDiscrepancyIds, yaml).errors).toEqual([
      '29:discrepancies[1].id: duplicate discrepancy id "a" (first at small.yaml:28)',
    ]);
  });
});
