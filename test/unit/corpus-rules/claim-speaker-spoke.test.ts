import { claimSpeakerSpoke } from '../../../src/ingest/corpus/rules/claim-speaker-spoke';
import { checkClaim, checkClaims, claim, GOOD, goodWith } from './harness';

const BABBAGE = '  - id: charles-babbage\n    type: person\n    name: Charles Babbage\n';

describe('claim-speaker-spoke', () => {
  it('accepts the turn speaker, and anyone who speaks in the episode', () => {
    expect(checkClaims(claimSpeakerSpoke, GOOD).errors).toEqual([]);
    expect(checkClaim(claimSpeakerSpoke, claim({ speaker: 'ada-lovelace' })).errors).toEqual([]);
  });

  it('refuses a speaker who did not speak in the episode', () => {
    const yaml = goodWith(
      ['entities:\n', `entities:\n${BABBAGE}`],
      ['    turn: t001\n', '    turn: t001\n    speaker: charles-babbage\n'],
    );
    expect(checkClaims(claimSpeakerSpoke, yaml).errors).toEqual([
      `26:claims[1].speaker: "charles-babbage" does not speak in 2024-06-01-small-talk; the speaker is who said the words (give the person reported as attributedTo)`,
    ]);
  });

  it('reads the speaker from the turn when the claim gives none', () => {
    const stranger = {
      localId: 't002',
      text: 'machines will think by the end of the year',
      speakerId: 'x',
    };
    expect(checkClaim(claimSpeakerSpoke, claim(), stranger).errors).toEqual([
      expect.stringMatching(/^speaker: "x" does not speak in 2024-06-01-small-talk;/),
    ]);
  });
});
