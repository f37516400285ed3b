import { noteExists } from '../../../src/ingest/corpus/rules/note-exists';
import { checkFile, GOOD, goodWith } from './harness';

describe('note-exists', () => {
  it('accepts a link to a verification note the transcript has', () => {
    expect(checkFile(noteExists, GOOD).errors).toEqual([]);
  });

  it('refuses a link to a note it lacks', () => {
    expect(checkFile(noteExists, goodWith(['{ note: 1,', '{ note: 4,'])).errors).toEqual([
      '26:notes[0].note: the transcript has no verification note [^4]',
    ]);
  });
});
