import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';

import { loadTypeDefs } from '../../../src/schema';
import { LIMITS, securityRules } from '../../../src/validation';

const schema = buildSchema(loadTypeDefs());

function check(query: string, limits = LIMITS): string[] {
  return validate(schema, parse(query), [...specifiedRules, ...securityRules(limits)]).map(
    (error) => error.message,
  );
}

/** `{ claim(id: "x") { relations { claim { relations { … __typename } } } } }`, `depth` deep. */
function deepQuery(depth: number): string {
  let inner = '__typename';
  for (let level = depth - 1; level >= 2; level -= 1) {
    inner = `${level % 2 === 0 ? 'relations' : 'claim'} { ${inner} }`;
  }
  return `{ claim(id: "x") { ${inner} } }`;
}

describe('securityRules (graphql-armor, configured)', () => {
  it('passes an ordinary query', () => {
    expect(check('{ claims(first: 20) { edges { node { id speaker { name } } } } }')).toEqual([]);
  });

  it('refuses depth 13 and passes depth 12, naming the limit', () => {
    expect(check(deepQuery(12))).toEqual([]);
    expect(check(deepQuery(13))).toEqual(['Query depth limit of 12 exceeded, found 13.']);
  });

  it("passes GraphiQL's introspection query (its __schema walk has no depth)", () => {
    expect(check(getIntrospectionQuery())).toEqual([]);
  });

  it('counts __typename aliases too: 16 are refused', () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(' ');
    expect(check(`{ ${aliases} }`)).toEqual(['Aliases limit of 15 exceeded, found 16.']);
  });

  it('refuses 51 directives and passes 50', () => {
    // One directive per field: a directive may appear once per location.
    const fields = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        i === 0 ? 'id @include(if: true)' : `title @skip(if: false)`,
      ).join(' ');
    expect(check(`{ episodes { ${fields(50)} } }`)).toEqual([]);
    expect(check(`{ episodes { ${fields(51)} } }`)).toEqual([
      'Directives limit of 50 exceeded, found 51.',
    ]);
  });

  it('uses the limits it is given', () => {
    const limits = { ...LIMITS, maxDepth: 2, maxAliases: 0, maxDirectives: 0 };
    expect(check('{ a: episodes @skip(if: false) { sections { id } } }', limits)).toEqual([
      'Aliases limit of 0 exceeded, found 1.',
      'Directives limit of 0 exceeded, found 1.',
      'Query depth limit of 2 exceeded, found 3.',
    ]);
  });
});
