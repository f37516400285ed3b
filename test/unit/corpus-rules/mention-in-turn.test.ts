import { mentionInTurn } from '../../../src/ingest/corpus/rules/mention-in-turn';
import { checkFile, GOOD, goodWith } from './harness';

describe('mention-in-turn', () => {
  it('accepts a surface form that occurs in its turn', () => {
    expect(checkFile(mentionInTurn, GOOD).errors).toEqual([]);
  });

  it('refuses a form the turn lacks, an unknown turn, and an occurrence past the last', () => {
    expect(checkFile(mentionInTurn, goodWith(['form: Bombe', 'form: Colossus'])).errors).toEqual([
      '7:entities[0].mentions[0].form: "Colossus" does not occur in t002',
    ]);
    expect(
      checkFile(mentionInTurn, goodWith(['{ turn: t002, form', '{ turn: t003, form'])).errors,
    ).toEqual([
      '7:entities[0].mentions[0].turn: unknown turn "t003"; this episode has t001 to t002',
    ]);
    expect(
      checkFile(mentionInTurn, goodWith(['form: Bombe }', 'form: Bombe, occurrence: 2 }'])).errors,
    ).toEqual(['7:entities[0].mentions[0].occurrence: "Bombe" occurs 1 time(s) in t002, not 2']);
  });
});
