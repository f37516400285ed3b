import { attributedToPerson } from '../../../src/ingest/corpus/rules/attributed-to-person';
import { checkClaim, checkClaims, claim, GOOD, goodWith } from './harness';

describe('attributed-to-person', () => {
  it('accepts a person other than the speaker, and an unnamed group', () => {
    expect(checkClaims(attributedToPerson, GOOD).errors).toEqual([]);
    const ada = { person: 'ada-lovelace' };
    expect(checkClaim(attributedToPerson, claim({ attributedTo: ada })).errors).toEqual([]);
    const group = { group: 'some people' };
    expect(checkClaim(attributedToPerson, claim({ attributedTo: group })).errors).toEqual([]);
  });

  it('refuses an unknown person, a non-person and the speaker themself', () => {
    const yaml = goodWith([
      '    turn: t001\n',
      '    turn: t001\n    attributedTo: { person: bombe }\n',
    ]);
    expect(checkClaims(attributedToPerson, yaml).errors).toEqual([
      '23:claims[1].attributedTo.person: "bombe" is a hardware, not a person',
    ]);
    expect(
      checkClaim(attributedToPerson, claim({ attributedTo: { person: 'charles' } })).errors,
    ).toEqual(['attributedTo.person: unknown person "charles"']);
    expect(
      checkClaim(attributedToPerson, claim({ attributedTo: { person: 'alan-turing' } })).errors,
    ).toEqual([
      'attributedTo.person: a claim is not attributed to its own speaker; omit attributedTo',
    ]);
  });
});
