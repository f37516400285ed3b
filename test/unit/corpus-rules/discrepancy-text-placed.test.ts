import { discrepancyTextPlaced } from '../../../src/ingest/corpus/rules/discrepancy-text-placed';
import { checkFile, GOOD } from './harness';

const discrepancy = (fields: string) =>
  `${GOOD}discrepancies:\n  - { id: d1, correct: x, explanation: y, ${fields} }\n`;

describe('discrepancy-text-placed', () => {
  it('accepts text found in its turn or in its note', () => {
    expect(
      checkFile(discrepancyTextPlaced, discrepancy('turn: t002, text: Bombe, kind: wrong-title'))
        .errors,
    ).toEqual([]);
    expect(
      checkFile(
        discrepancyTextPlaced,
        discrepancy('note: 1, text: codebreaking, kind: wrong-title'),
      ).errors,
    ).toEqual([]);
  });

  it('refuses an unknown turn, a missing note, and text found in neither', () => {
    const run = (fields: string) => checkFile(discrepancyTextPlaced, discrepancy(fields)).errors;
    expect(run('turn: t007, text: Bombe, kind: wrong-title')).toEqual([
      '28:discrepancies[0].turn: unknown turn "t007"; this episode has t001 to t002',
    ]);
    expect(run('turn: t002, text: Colossus, kind: wrong-title')).toEqual([
      '28:discrepancies[0].text: "Colossus" does not occur in t002',
    ]);
    expect(run('note: 2, text: Bombe, kind: wrong-title')).toEqual([
      '28:discrepancies[0].note: the transcript has no verification note [^2]',
    ]);
    expect(run('note: 1, text: Colossus, kind: wrong-title')).toEqual([
      '28:discrepancies[0].text: "Colossus" does not occur in note [^1]',
    ]);
  });
});
