import { specifiedRules } from 'graphql';

import { maxAliasesRule } from '../../../src/validation/max-aliases-rule';
import { errors, messages, repeat, specifiedMessages } from './fixtures';

const rules = [maxAliasesRule(15)];

describe('maxAliasesRule', () => {
  it('rejects 16 aliases, naming the limit and the count found', () => {
    const found = errors(`{ ${repeat(16, (i) => `n${i}: node { id }`)} }`, rules);
    expect(found.map((error) => error.message)).toEqual([
      'Query alias count 16 exceeds the maximum of 15',
    ]);
    expect(found[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('accepts 15 aliases', () => {
    const query = `{ ${repeat(15, (i) => `n${i}: node { id }`)} }`;
    expect(specifiedMessages(query)).toEqual([]);
    expect(messages(query, rules)).toEqual([]);
  });

  it('counts aliases of __typename', () => {
    const query = `{ ${repeat(101, (i) => `a${i}: __typename`)} }`;
    expect(specifiedMessages(query)).toEqual([]);
    expect(messages(query, rules)).toEqual(['Query alias count 101 exceeds the maximum of 15']);
  });

  it('counts nested aliases', () => {
    const query = `{ a: node { b: id c: child { d: id e: name } } }`;
    expect(messages(query, [maxAliasesRule(5)])).toEqual([]);
    expect(messages(query, [maxAliasesRule(4)])).toEqual([
      'Query alias count 5 exceeds the maximum of 4',
    ]);
  });

  it('counts aliases inside fragments once per spread', () => {
    const query = `
      { node { ...Names child { ...Names } } }
      fragment Names on Node { ${repeat(8, (i) => `n${i}: name`)} }
    `;
    expect(specifiedMessages(query)).toEqual([]);
    expect(messages(query, rules)).toEqual(['Query alias count 16 exceeds the maximum of 15']);
  });

  it('counts aliases inside inline fragments and nested fragments', () => {
    const query = `
      { item { ... on Node { a: id ...Inner } ... on Thing { b: id } } }
      fragment Inner on Node { c: name child { d: id } }
    `;
    expect(specifiedMessages(query)).toEqual([]);
    expect(messages(query, [maxAliasesRule(3)])).toEqual([
      'Query alias count 4 exceeds the maximum of 3',
    ]);
  });

  it('does not count unaliased fields or unused fragments', () => {
    const query = `
      { node { id name child { id } } }
      fragment Unused on Node { ${repeat(20, (i) => `n${i}: name`)} }
    `;
    expect(messages(query, rules)).toEqual([]);
  });

  it('checks each operation on its own', () => {
    const ten = `{ ${repeat(10, (i) => `t${i}: tags`)} }`;
    expect(messages(`query A ${ten} query B ${ten}`, rules)).toEqual([]);
  });

  it('stays fast when fragments spread each other exponentially often', () => {
    // F0 holds one alias; each Fi spreads F(i-1) twice, so F20 stands for 2^20 aliases.
    const fragments = [
      'fragment F0 on Query { a: tags }',
      ...Array.from({ length: 20 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`),
    ].join('\n');
    expect(messages(`{ ...F20 }\n${fragments}`, rules)).toEqual([
      'Query alias count 1048576 exceeds the maximum of 15',
    ]);
  });

  it('survives fragment cycles, leaving NoFragmentCyclesRule to report them', () => {
    const query = `
      { node { ...A } }
      fragment A on Node { a: id child { ...B } }
      fragment B on Node { b: id child { ...A } }
    `;
    expect(messages(query, [...specifiedRules, ...rules])).toEqual([
      'Cannot spread fragment "A" within itself via "B".',
    ]);
    expect(messages(query, [maxAliasesRule(1)])).toEqual([
      'Query alias count 2 exceeds the maximum of 1',
    ]);
  });
});
