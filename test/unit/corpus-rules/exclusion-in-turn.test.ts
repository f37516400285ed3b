import { exclusionInTurn } from '../../../src/ingest/corpus/rules/exclusion-in-turn';
import { checkFile, GOOD } from './harness';

const excluded = (turn: string, quote: string) =>
  `${GOOD}excluded:\n  - { turn: ${turn}, quote: ${quote}, reason: About the present. }\n`;

describe('exclusion-in-turn', () => {
  it('accepts words found in their turn', () => {
    expect(checkFile(exclusionInTurn, excluded('t002', 'The Bombe already helps.')).errors).toEqual(
      [],
    );
  });

  it('refuses an unknown turn and words the turn lacks', () => {
    expect(checkFile(exclusionInTurn, excluded('t003', 'The Bombe')).errors).toEqual([
      '28:excluded[0].turn: unknown turn "t003"; this episode has t001 to t002',
    ]);
    expect(checkFile(exclusionInTurn, excluded('t002', 'machines will dream')).errors).toEqual([
      '28:excluded[0].quote: quote does not occur verbatim in t002: "machines will dream"',
    ]);
  });
});
