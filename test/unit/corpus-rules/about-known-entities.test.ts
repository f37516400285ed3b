import { aboutKnownEntities } from '../../../src/ingest/corpus/rules/about-known-entities';
import { checkClaim, checkClaims, claim, GOOD, goodWith } from './harness';

describe('about-known-entities', () => {
  it('accepts entities the files define, and speakers', () => {
    expect(checkClaims(aboutKnownEntities, GOOD).errors).toEqual([]);
    expect(checkClaim(aboutKnownEntities, claim({ about: ['ada-lovelace'] })).errors).toEqual([]);
  });

  it('refuses each unknown entity at its place in the list', () => {
    expect(
      checkClaims(aboutKnownEntities, goodWith(['about: [bombe]', 'about: [enigma]'])).errors,
    ).toEqual(['13:claims[0].about[0]: unknown entity "enigma"']);
    expect(checkClaim(aboutKnownEntities, claim({ about: ['bombe', 'enigma'] })).errors).toEqual([
      'about.1: unknown entity "enigma"',
    ]);
  });
});
