import { speakerIsPerson } from '../../../src/ingest/corpus/rules/speaker-is-person';
import { checkFile, GOOD, goodWith } from './harness';

describe('speaker-is-person', () => {
  it('accepts a speaker annotated as a person', () => {
    const person = goodWith([
      'claims:\n',
      '  - { id: ada-lovelace, type: person, name: Ada }\nclaims:\n',
    ]);
    expect(checkFile(speakerIsPerson, GOOD).errors).toEqual([]);
    expect(checkFile(speakerIsPerson, person).errors).toEqual([]);
  });

  it('refuses a speaker annotated as anything else', () => {
    const machine = goodWith([
      'claims:\n',
      '  - { id: ada-lovelace, type: hardware, name: Ada }\nclaims:\n',
    ]);
    expect(checkFile(speakerIsPerson, machine).errors).toEqual([
      '8:entities[1].type: "ada-lovelace" is a speaker, so its type must be person',
    ]);
  });
});
