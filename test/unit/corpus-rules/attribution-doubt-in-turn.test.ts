import { attributionDoubtInTurn } from '../../../src/ingest/corpus/rules/attribution-doubt-in-turn';
import { checkFile, GOOD } from './harness';

const discrepancy = (fields: string) =>
  `${GOOD}discrepancies:\n  - { id: d1, correct: x, explanation: y, ${fields} }\n`;

describe('attribution-doubt-in-turn', () => {
  it('accepts a doubt about who spoke that stands in a turn', () => {
    const yaml = discrepancy('turn: t002, text: Bombe, kind: attribution');
    expect(checkFile(attributionDoubtInTurn, yaml).errors).toEqual([]);
  });

  it('refuses one that stands in a note', () => {
    const yaml = discrepancy('note: 1, text: codebreaking, kind: attribution');
    expect(checkFile(attributionDoubtInTurn, yaml).errors).toEqual([
      '28:discrepancies[0].turn: an attribution doubt stands in a turn: give turn',
    ]);
  });
});
