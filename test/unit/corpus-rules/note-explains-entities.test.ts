import { noteExplainsEntities } from '../../../src/ingest/corpus/rules/note-explains-entities';
import { checkFile, GOOD, goodWith } from './harness';

describe('note-explains-entities', () => {
  it('accepts a note that explains known entities', () => {
    expect(checkFile(noteExplainsEntities, GOOD).errors).toEqual([]);
  });

  it('refuses an unknown entity, but not on a link to a missing note (note-exists says that)', () => {
    expect(
      checkFile(noteExplainsEntities, goodWith(['explains: [bombe]', 'explains: [bombe, enigma]']))
        .errors,
    ).toEqual(['26:notes[0].explains[1]: unknown entity "enigma"']);
    const missing = goodWith(['{ note: 1, explains: [bombe]', '{ note: 4, explains: [enigma]']);
    expect(checkFile(noteExplainsEntities, missing).errors).toEqual([]);
  });
});
