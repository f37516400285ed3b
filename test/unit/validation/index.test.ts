import { parse, specifiedRules, validate } from 'graphql';

import { LIMITS, securityRules } from '../../../src/validation';
import { deepQuery, repeat, schema } from './fixtures';

function check(query: string, rules = securityRules()): string[] {
  return validate(schema, parse(query), [...specifiedRules, ...rules]).map((e) => e.message);
}

describe('securityRules', () => {
  it('has the documented limits', () => {
    expect(LIMITS).toEqual({
      maxDepth: 12,
      maxAliases: 15,
      maxDirectives: 50,
      maxTokens: 2000,
      maxCost: 20000,
      defaultListSize: 20,
      maxPageSize: 100,
    });
    expect(Object.isFrozen(LIMITS)).toBe(true);
  });

  it('returns the four rules', () => {
    expect(securityRules()).toHaveLength(4);
  });

  it('accepts an ordinary query', () => {
    const query = `
      query Page($after: Int) {
        things(first: 20) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { id name related(first: $after) { totalCount } } }
        }
        node { id n: name child { id } }
      }
    `;
    expect(check(query)).toEqual([]);
  });

  it('reports every limit a query breaks', () => {
    const query = `{
      ${repeat(16, (i) => `a${i}: __typename @include(if: true) @skip(if: false) @include(if: true) @skip(if: false)`)}
      deep: ${deepQuery(20).slice(2, -2)}
      things(first: 100) { edges { node { children(first: 100) { children(first: 100) { id } } } } }
    }`;
    expect(check(query).filter((message) => message.startsWith('Query '))).toEqual([
      'Query depth 20 exceeds the maximum of 12',
      'Query alias count 17 exceeds the maximum of 15',
      // 16 __typename + 20 nested fields + things: 1 + 100 * (1 + 1 + (1 + 100 * 101)).
      'Query cost 1010337 exceeds the maximum of 20000',
      // Reported when the whole document has been read.
      'Query directive count 64 exceeds the maximum of 50',
    ]);
  });

  it('uses the limits it is given', () => {
    const limits = { ...LIMITS, maxDepth: 2, maxAliases: 0, maxDirectives: 0, maxCost: 2 };
    expect(check('{ a: node @skip(if: false) { id } }', securityRules(limits))).toEqual([
      'Query alias count 1 exceeds the maximum of 0',
      'Query directive count 1 exceeds the maximum of 0',
    ]);
    expect(check('{ node { child { id } } }', securityRules(limits))).toEqual([
      'Query depth 3 exceeds the maximum of 2',
      'Query cost 3 exceeds the maximum of 2',
    ]);
  });
});
