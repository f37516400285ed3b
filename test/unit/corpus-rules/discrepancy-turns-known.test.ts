import { discrepancyTurnsKnown } from '../../../src/ingest/corpus/rules/discrepancy-turns-known';
import { checkFile, GOOD } from './harness';

const discrepancy = (fields: string) =>
  `${GOOD}discrepancies:\n  - { id: d1, correct: x, explanation: y, ${fields} }\n`;

describe('discrepancy-turns-known', () => {
  it('accepts further turns the episode has', () => {
    const yaml = discrepancy('turn: t002, turns: [t001], text: Bombe, kind: attribution');
    expect(checkFile(discrepancyTurnsKnown, yaml).errors).toEqual([]);
  });

  it('refuses an unknown further turn, once the discrepancy itself is placed', () => {
    const yaml = discrepancy('turn: t002, turns: [t001, t005], text: Bombe, kind: attribution');
    expect(checkFile(discrepancyTurnsKnown, yaml).errors).toEqual([
      '28:discrepancies[0].turns[1]: unknown turn "t005"; this episode has t001 to t002',
    ]);
    const unplaced = discrepancy('turn: t002, turns: [t005], text: Colossus, kind: attribution');
    expect(checkFile(discrepancyTurnsKnown, unplaced).errors).toEqual([]);
  });
});
