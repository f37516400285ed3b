import { parse, specifiedRules, validate } from 'graphql';

import { stripSuggestions } from '../../../src/validation/strip-suggestions';
import { schema } from './fixtures';

function validationMessages(query: string): string[] {
  return validate(schema, parse(query), specifiedRules).map((error) => error.message);
}

describe('stripSuggestions', () => {
  it('removes a single suggestion', () => {
    expect(stripSuggestions('Cannot query field "tag" on type "Query". Did you mean "tags"?')).toBe(
      'Cannot query field "tag" on type "Query".',
    );
  });

  it('removes two suggestions', () => {
    expect(stripSuggestions('Unknown type "Nod". Did you mean "Node" or "Nodes"?')).toBe(
      'Unknown type "Nod".',
    );
  });

  it('removes a list of suggestions', () => {
    expect(
      stripSuggestions('Unknown argument "x" on field "Q.f". Did you mean "a", "b", or "c"?'),
    ).toBe('Unknown argument "x" on field "Q.f".');
  });

  it('removes suggestions introduced by a phrase', () => {
    expect(
      stripSuggestions(
        'Value "RED" does not exist in "Colour" enum. Did you mean the enum value "Red"?',
      ),
    ).toBe('Value "RED" does not exist in "Colour" enum.');
    expect(
      stripSuggestions(
        'Cannot query field "id" on type "Item". Did you mean to use an inline fragment on "Node" or "Thing"?',
      ),
    ).toBe('Cannot query field "id" on type "Item".');
  });

  it('leaves messages without suggestions alone', () => {
    const message = 'Cannot query field "zzz" on type "Query".';
    expect(stripSuggestions(message)).toBe(message);
    expect(stripSuggestions('Did you mean it?')).toBe('Did you mean it?');
  });

  it('cleans the messages graphql-js actually produces', () => {
    const found = validationMessages(
      '{ nodez { id } tag item { id } things(firts: 1) { totalCount } }',
    );
    expect(found).toEqual([
      'Cannot query field "nodez" on type "Query". Did you mean "node" or "nodes"?',
      'Cannot query field "tag" on type "Query". Did you mean "tags"?',
      'Cannot query field "id" on type "Item". Did you mean to use an inline fragment on "Node" or "Thing"?',
      'Unknown argument "firts" on field "Query.things". Did you mean "first"?',
    ]);
    expect(found.map(stripSuggestions)).toEqual([
      'Cannot query field "nodez" on type "Query".',
      'Cannot query field "tag" on type "Query".',
      'Cannot query field "id" on type "Item".',
      'Unknown argument "firts" on field "Query.things".',
    ]);
  });
});
