import { specifiedRules } from 'graphql';

import { maxCostRule } from '../../../src/validation/max-cost-rule';
import { errors, messages, specifiedMessages } from './fixtures';

const OPTIONS = { maxCost: 20000, defaultListSize: 20, maxPageSize: 100 };
const rules = [maxCostRule(OPTIONS)];

/** The rule's verdict with a limit of 0, which reports every query's cost. */
function costOf(query: string): string[] {
  return messages(query, [maxCostRule({ ...OPTIONS, maxCost: 0 })]);
}

function cost(value: number): string[] {
  return [`Query cost ${value} exceeds the maximum of 0`];
}

describe('maxCostRule', () => {
  it('rejects pages of pages of pages, naming the limit and the cost found', () => {
    const query = `{
      things(first: 100) { edges { node { id children(first: 100) { id children(first: 100) { id } } } } }
    }`;
    expect(specifiedMessages(query)).toEqual([]);
    const found = errors(query, rules);
    // children: 1 + 100 * 1 = 101; middle children: 1 + 100 * (1 + 101) = 10201;
    // node: 1 + 1 + 10201; edges: 1 + 10203; things: 1 + 100 * 10204.
    expect(found.map((error) => error.message)).toEqual([
      'Query cost 1020401 exceeds the maximum of 20000',
    ]);
    expect(found[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('accepts a page with a nested page', () => {
    const query = '{ things(first: 100) { edges { node { id children(first: 100) { id } } } } }';
    // children: 101; node: 1 + 1 + 101; edges: 1 + 103; things: 1 + 100 * 104.
    expect(costOf(query)).toEqual(cost(10401));
    expect(messages(query, rules)).toEqual([]);
  });

  it('sits exactly at the limit without failing', () => {
    const query = '{ things(first: 10) { edges { node { id } } } }';
    expect(messages(query, [maxCostRule({ ...OPTIONS, maxCost: 31 })])).toEqual([]);
    expect(messages(query, [maxCostRule({ ...OPTIONS, maxCost: 30 })])).toEqual([
      'Query cost 31 exceeds the maximum of 30',
    ]);
  });

  it('charges 1 per field, __typename and scalars included', () => {
    expect(costOf('{ node { id name __typename child { id } } }')).toEqual(cost(6));
    expect(costOf('{ tags }')).toEqual(cost(1));
  });

  it('uses defaultListSize when `first` is a variable', () => {
    const query = 'query ($n: Int) { things(first: $n) { edges { node { id } } } }';
    expect(specifiedMessages(query)).toEqual([]);
    expect(costOf(query)).toEqual(cost(1 + 20 * 3));
  });

  it('uses defaultListSize when `first` is missing or null', () => {
    expect(costOf('{ things { edges { node { id } } } }')).toEqual(cost(1 + 20 * 3));
    expect(costOf('{ things(first: null) { edges { node { id } } } }')).toEqual(cost(1 + 20 * 3));
    expect(costOf('{ nodes { id name } }')).toEqual(cost(1 + 20 * 2));
  });

  it('uses the schema’s default for a missing `first`', () => {
    expect(costOf('{ pagedThings { edges { node { id } } } }')).toEqual(cost(1 + 50 * 3));
  });

  it('caps a literal `first` at maxPageSize and at 0', () => {
    expect(costOf('{ things(first: 5000) { nodes { id } } }')).toEqual(cost(1 + 100 * 2));
    expect(costOf('{ things(first: -3) { nodes { id } } }')).toEqual(cost(1));
  });

  it('multiplies plain list fields by their `first`', () => {
    expect(costOf('{ nodes(first: 3) { id children(first: 4) { id } } }')).toEqual(
      cost(1 + 3 * (1 + 1 + 4 * 1)),
    );
  });

  it('does not multiply edges and nodes again inside a connection', () => {
    const query = '{ things(first: 10) { totalCount pageInfo { hasNextPage } edges { cursor } } }';
    // things: 1 + 10 * (totalCount 1 + pageInfo 2 + edges 2).
    expect(costOf(query)).toEqual(cost(51));
  });

  it('follows fragments and inline fragments with their types', () => {
    const query = `
      { things(first: 10) { ...Page } item { ... on Thing { children(first: 2) { id } } } }
      fragment Page on ThingConnection { edges { node { ... on Thing { id } } } }
    `;
    expect(specifiedMessages(query)).toEqual([]);
    // things: 1 + 10 * 3 = 31; item: 1 + (1 + 2 * 1) = 4.
    expect(costOf(query)).toEqual(cost(35));
  });

  it('counts a fragment each time it is spread', () => {
    const query = `
      { a: things(first: 10) { ...Page } b: things(first: 2) { ...Page } }
      fragment Page on ThingConnection { edges { node { id } } }
    `;
    expect(costOf(query)).toEqual(cost(31 + 7));
  });

  it('counts introspection lists like other lists', () => {
    // __schema: 1 + (types: 1 + 20 * name 1).
    expect(costOf('{ __schema { types { name } } }')).toEqual(cost(22));
    expect(costOf('{ __type(name: "Node") { name } }')).toEqual(cost(2));
  });

  it('checks each operation on its own', () => {
    const query = `
      query Small { things(first: 10) { edges { node { id } } } }
      query Big { things(first: 100) { edges { node { id } } } }
    `;
    expect(messages(query, [maxCostRule({ ...OPTIONS, maxCost: 100 })])).toEqual([
      'Query cost 301 exceeds the maximum of 100',
    ]);
  });

  it('stays fast when fragments spread each other exponentially often', () => {
    const fragments = [
      'fragment F0 on Query { tags }',
      ...Array.from({ length: 20 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`),
    ].join('\n');
    expect(costOf(`{ ...F20 }\n${fragments}`)).toEqual(cost(2 ** 20));
  });

  it('survives fragment cycles, leaving NoFragmentCyclesRule to report them', () => {
    const query = `
      { things(first: 10) { ...A } }
      fragment A on ThingConnection { edges { node { related(first: 10) { ...B } } } }
      fragment B on ThingConnection { nodes { related(first: 10) { ...A } } }
    `;
    expect(messages(query, [...specifiedRules, ...rules])).toEqual([
      'Cannot spread fragment "A" within itself via "B".',
    ]);
  });

  it('charges unknown fields 1 each, leaving FieldsOnCorrectTypeRule to report them', () => {
    expect(costOf('{ nope { deeper { still } } }')).toEqual(cost(3));
  });
});
