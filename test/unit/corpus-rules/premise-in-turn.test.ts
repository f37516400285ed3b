import { premiseInTurn } from '../../../src/ingest/corpus/rules/premise-in-turn';
import { checkClaims, GOOD, goodWith } from './harness';

const withPremise = (text: string, governs: string) =>
  goodWith([
    '    kind: question\n',
    `    kind: question\n    premise: { text: ${text}, governs: [${governs}] }\n`,
  ]);

describe('premise-in-turn', () => {
  it('accepts a premise that stands in its turn and governs turns of the episode', () => {
    expect(checkClaims(premiseInTurn, GOOD).errors).toEqual([]);
    expect(
      checkClaims(premiseInTurn, withPremise('by the end of this year', 't002')).errors,
    ).toEqual([]);
  });

  it('refuses a premise the turn does not say, and a governed turn the episode lacks', () => {
    expect(checkClaims(premiseInTurn, withPremise('if the war ends', 't002')).errors).toEqual([
      '26:claims[1].premise.text: premise does not occur verbatim in t001: "if the war ends"',
    ]);
    expect(
      checkClaims(premiseInTurn, withPremise('by the end of this year', 't002, t005')).errors,
    ).toEqual([
      '26:claims[1].premise.governs[1]: unknown turn "t005"; this episode has t001 to t002',
    ]);
  });
});
