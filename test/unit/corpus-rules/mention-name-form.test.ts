import { mentionNameForm } from '../../../src/ingest/corpus/rules/mention-name-form';
import { checkFile, GOOD, goodWith } from './harness';

/** A second mention of The Bombe, with the given form and marks. */
const mention = (form: string, aliases = '') =>
  goodWith([
    '    mentions:\n      - { turn: t002, form: Bombe }\n',
    `    aliases: [${aliases}]\n    mentions:\n      - { turn: t002, form: Bombe }\n      - { turn: t002, form: ${form} }\n`,
  ]);

const WARNING =
  '"The Bombe" looks like a name but is not one of bombe\'s names, so a lookup by it finds nothing: add it to aliases if it is a name, or mark the mention mentionOnly';

describe('mention-name-form', () => {
  it('is silent on names, aliases and lower-case descriptions', () => {
    expect(checkFile(mentionNameForm, GOOD)).toEqual({ errors: [], warnings: [] });
    expect(checkFile(mentionNameForm, mention('The Bombe', 'The Bombe'))).toEqual({
      errors: [],
      warnings: [],
    });
    expect(checkFile(mentionNameForm, mention('machines'))).toEqual({ errors: [], warnings: [] });
  });

  it('warns, once, on a form that looks like a name but answers no lookup', () => {
    expect(checkFile(mentionNameForm, mention('The Bombe'))).toEqual({
      errors: [],
      warnings: [`9:entities[0].mentions[1].form: ${WARNING}`],
    });
    const twice = goodWith([
      '      - { turn: t002, form: Bombe }\n',
      '      - { turn: t002, form: Bombe }\n      - { turn: t002, form: The Bombe }\n      - { turn: t002, form: The Bombe }\n',
    ]);
    expect(checkFile(mentionNameForm, twice).warnings).toEqual([
      `8:entities[0].mentions[1].form: ${WARNING}`,
    ]);
    expect(checkFile(mentionNameForm, mention('The Bombe, mentionOnly: true'))).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('refuses mentionOnly on a form that is a name', () => {
    expect(checkFile(mentionNameForm, mention('Bombe, mentionOnly: true')).errors).toEqual([
      '9:entities[0].mentions[1].mentionOnly: "Bombe" is a name of bombe (it folds to its name, an alias or a speaker label): drop mentionOnly',
    ]);
  });
});
