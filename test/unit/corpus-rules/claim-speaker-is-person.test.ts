import { claimSpeakerIsPerson } from '../../../src/ingest/corpus/rules/claim-speaker-is-person';
import { checkClaim, checkClaims, claim, GOOD, goodWith } from './harness';

describe('claim-speaker-is-person', () => {
  it('accepts a claim without an explicit speaker, or with a person', () => {
    expect(checkClaims(claimSpeakerIsPerson, GOOD).errors).toEqual([]);
    expect(checkClaim(claimSpeakerIsPerson, claim({ speaker: 'alan-turing' })).errors).toEqual([]);
  });

  it('refuses an unknown speaker and one that is not a person', () => {
    const yaml = goodWith(['    turn: t001\n', '    turn: t001\n    speaker: bombe\n']);
    expect(checkClaims(claimSpeakerIsPerson, yaml).errors).toEqual([
      '23:claims[1].speaker: "bombe" is a hardware, not a person',
    ]);
    expect(checkClaim(claimSpeakerIsPerson, claim({ speaker: 'charles' })).errors).toEqual([
      'speaker: unknown person "charles"',
    ]);
  });
});
