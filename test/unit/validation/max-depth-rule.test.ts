import { getIntrospectionQuery, specifiedRules } from 'graphql';

import { maxDepthRule } from '../../../src/validation/max-depth-rule';
import { deepQuery, errors, messages, specifiedMessages } from './fixtures';

const rules = [maxDepthRule(12)];

describe('maxDepthRule', () => {
  it('rejects a query of depth 20, naming the limit and the depth found', () => {
    const found = errors(deepQuery(20), rules);
    expect(found.map((error) => error.message)).toEqual([
      'Query depth 20 exceeds the maximum of 12',
    ]);
    expect(found[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(found[0]?.locations).toEqual([{ line: 1, column: 1 }]);
  });

  it('accepts a query at the limit and rejects one a level deeper', () => {
    expect(specifiedMessages(deepQuery(12))).toEqual([]);
    expect(messages(deepQuery(12), rules)).toEqual([]);
    expect(messages(deepQuery(13), rules)).toEqual(['Query depth 13 exceeds the maximum of 12']);
  });

  it('counts `{ a }` as depth 1', () => {
    expect(messages('{ tags }', [maxDepthRule(1)])).toEqual([]);
    expect(messages('{ node { id } }', [maxDepthRule(1)])).toEqual([
      'Query depth 2 exceeds the maximum of 1',
    ]);
  });

  it('does not count __typename', () => {
    // deepQuery(13, '__typename') nests 12 fields and then __typename.
    expect(messages(deepQuery(13, '__typename'), rules)).toEqual([]);
    expect(messages(deepQuery(14, '__typename'), rules)).toEqual([
      'Query depth 13 exceeds the maximum of 12',
    ]);
    expect(messages('{ __typename }', [maxDepthRule(0)])).toEqual([]);
  });

  it('follows fragment spreads, nested fragments and inline fragments', () => {
    const query = `
      query Deep { node { ...One } }
      fragment One on Node { child { ...Two } }
      fragment Two on Node { child { ... on Node { child { child { id } } } } }
    `;
    expect(specifiedMessages(query)).toEqual([]);
    expect(messages(query, [maxDepthRule(6)])).toEqual([]);
    expect(messages(query, [maxDepthRule(5)])).toEqual(['Query depth 6 exceeds the maximum of 5']);
  });

  it('takes the deepest branch of the selection', () => {
    const query = `{ tags node { id child { id child { child { id } } } } things { totalCount } }`;
    expect(messages(query, [maxDepthRule(4)])).toEqual(['Query depth 5 exceeds the maximum of 4']);
  });

  it('counts introspection fields like any other field', () => {
    const query = '{ __schema { types { fields { type { ofType { ofType { name } } } } } } }';
    expect(messages(query, [maxDepthRule(7)])).toEqual([]);
    expect(messages(query, [maxDepthRule(6)])).toEqual(['Query depth 7 exceeds the maximum of 6']);
    expect(messages('{ __type(name: "Node") { fields { name } } }', [maxDepthRule(2)])).toEqual([
      'Query depth 3 exceeds the maximum of 2',
    ]);
  });

  it('measures graphql-js’s own introspection query at depth 15', () => {
    expect(messages(getIntrospectionQuery(), [maxDepthRule(15)])).toEqual([]);
    expect(messages(getIntrospectionQuery(), rules)).toEqual([
      'Query depth 15 exceeds the maximum of 12',
    ]);
  });

  it('checks each operation on its own', () => {
    const query = `query Shallow { node { id } } query Deep ${deepQuery(14)}`;
    const found = errors(query, rules);
    expect(found.map((error) => error.message)).toEqual([
      'Query depth 14 exceeds the maximum of 12',
    ]);
    expect(found[0]?.locations).toEqual([{ line: 1, column: 31 }]);
  });

  it('ignores fragments no operation uses', () => {
    const query = `{ tags } fragment Unused on Node ${deepQuery(20).replace('{ node', '{ child')}`;
    expect(messages(query, rules)).toEqual([]);
  });

  it('survives fragment cycles, leaving NoFragmentCyclesRule to report them', () => {
    const query = `
      { node { ...A } }
      fragment A on Node { child { ...B } }
      fragment B on Node { child { ...A } }
    `;
    const cycle = specifiedMessages(query);
    expect(cycle).toEqual(['Cannot spread fragment "A" within itself via "B".']);
    expect(messages(query, [...specifiedRules, ...rules])).toEqual(cycle);
    expect(messages(query, [maxDepthRule(2)])).toEqual(['Query depth 3 exceeds the maximum of 2']);
  });

  it('survives a fragment that spreads itself', () => {
    const query = '{ node { ...Self } } fragment Self on Node { id child { ...Self } }';
    expect(messages(query, [...specifiedRules, ...rules])).toEqual([
      'Cannot spread fragment "Self" within itself.',
    ]);
  });

  it('ignores unknown fragments, leaving KnownFragmentNamesRule to report them', () => {
    expect(messages('{ node { ...Missing } }', [...specifiedRules, ...rules])).toEqual([
      'Unknown fragment "Missing".',
    ]);
  });
});
