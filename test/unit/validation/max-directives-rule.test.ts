import { maxDirectivesRule } from '../../../src/validation/max-directives-rule';
import { errors, messages, repeat, specifiedMessages } from './fixtures';

const rules = [maxDirectivesRule(50)];

function withDirectives(count: number): string {
  return `{ ${repeat(count, () => '__typename @include(if: true)')} }`;
}

describe('maxDirectivesRule', () => {
  it('rejects 51 directives, naming the limit and the count found', () => {
    const found = errors(withDirectives(51), rules);
    expect(found.map((error) => error.message)).toEqual([
      'Query directive count 51 exceeds the maximum of 50',
    ]);
    expect(found[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    // It points at the 51st directive: "{ " plus 50 times "__typename @include(if: true) ".
    expect(found[0]?.locations).toEqual([{ line: 1, column: 3 + 50 * 30 + 11 }]);
  });

  it('accepts 50 directives', () => {
    expect(specifiedMessages(withDirectives(50))).toEqual([]);
    expect(messages(withDirectives(50), rules)).toEqual([]);
  });

  it('counts directives everywhere in the document, each once', () => {
    const query = `
      query Q($show: Boolean = true @deprecated) @skip(if: false) {
        node @include(if: $show) { ...F @skip(if: false) ... @include(if: true) { id } }
      }
      fragment F on Node @skip(if: false) { name @include(if: true) }
      fragment Unused on Node { id @skip(if: true) }
    `;
    expect(messages(query, [maxDirectivesRule(8)])).toEqual([]);
    expect(messages(query, [maxDirectivesRule(7)])).toEqual([
      'Query directive count 8 exceeds the maximum of 7',
    ]);
  });

  it('counts across operations', () => {
    const query = `query A ${withDirectives(30)} query B ${withDirectives(30)}`;
    expect(messages(query, rules)).toEqual(['Query directive count 60 exceeds the maximum of 50']);
  });
});
