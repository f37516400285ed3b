import { buildSchema, Kind, parse, type FragmentDefinitionNode } from 'graphql';

import { loadTypeDefs } from '../../../src/schema';
import { LIMITS, LIST_SIZE_BOUNDS, operationCost } from '../../../src/validation';

const schema = buildSchema(loadTypeDefs());
const options = {
  maxPageSize: LIMITS.maxPageSize,
  defaultListSize: LIMITS.defaultListSize,
  bounds: LIST_SIZE_BOUNDS,
};

function cost(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    if (definition.kind === Kind.OPERATION_DEFINITION) operation = definition;
  }
  if (operation === undefined) throw new Error('test setup: no operation');
  return operationCost(schema, operation, fragments, variables, options);
}

/** The query from issue 9: served at 135 kB with {"n": 100} while the cost rule assumed 20. */
const FAN_OUT = `query($n: Int) { entities(first: $n) { edges { node {
  claims(first: $n) { edges { node { about(first: $n) { name description } } } } } } } }`;

const EPISODE_READER = `{ episode(id: "2025-05-22-is-rl-llms-enough-for-agi") {
  id sections { id turns { id claims { id } } } } }`;

describe('operationCost', () => {
  it('resolves `first` from the variables: $n = 100 costs what a written 100 costs', () => {
    const withVariable = cost(FAN_OUT, { n: 100 });
    const written = cost(FAN_OUT.replace('query($n: Int)', 'query').replaceAll('$n', '100'));
    expect(withVariable.cost).toBe(written.cost);
    // entities 100 × claims 100 × about min(100, bound 10) × 2 fields.
    expect(withVariable.cost).toBe(1 + 100 * (1 + 1 + 1 + 100 * (1 + 1 + 1 + 10 * 2)));
    expect(withVariable.cost).toBeGreaterThan(LIMITS.maxCost);
    expect(withVariable.path.join('.')).toBe('entities.edges.node.claims.edges.node.about.name');
  });

  it('counts `last` as `first`, a null size as absent, and an absent one as the default page', () => {
    const backward = FAN_OUT.replaceAll('first: $n', 'last: $n');
    expect(cost(backward, { n: 100 }).cost).toBe(cost(FAN_OUT, { n: 100 }).cost);
    const both = `query($f: Int, $l: Int) { claims(first: $f, last: $l) { edges { node { id } } } }`;
    const plain = `{ claims { edges { node { id } } } }`;
    // No size at all: the resolvers' default page of 20, not the maximum of 100.
    expect(cost(plain).cost).toBe(1 + 20 * 3);
    expect(cost(both, { f: null, l: 7 }).cost).toBe(1 + 7 * 3);
    expect(cost(both, { f: null, l: null }).cost).toBe(cost(plain).cost);
  });

  it('counts a small variable as small', () => {
    expect(cost(FAN_OUT, { n: 5 }).cost).toBe(1 + 5 * (1 + 1 + 1 + 5 * (1 + 1 + 1 + 5 * 2)));
  });

  it('counts an absent or non-integer variable as the maximum page size', () => {
    const max = cost(FAN_OUT, { n: 100 }).cost;
    expect(cost(FAN_OUT).cost).toBe(max);
    // An explicit null is no size: the resolvers page by their default, and so does the cost.
    expect(cost(FAN_OUT, { n: null }).cost).toBeLessThan(max);
    expect(cost(FAN_OUT, { n: 'lots' }).cost).toBe(max);
    expect(cost(FAN_OUT, { n: 1_000_000 }).cost).toBe(max);
  });

  it("uses a variable's declared default when the variable is not sent", () => {
    const declared = FAN_OUT.replace('query($n: Int)', 'query($n: Int = 5)');
    expect(cost(declared).cost).toBe(cost(FAN_OUT, { n: 5 }).cost);
  });

  it("costs an episode's sections, turns and claims by their real bounds", () => {
    const measured = cost(EPISODE_READER);
    // episode, id, sections ≤ 20 × (id, turns ≤ 30 × (id, claims ≤ 15 × id)).
    expect(measured.cost).toBe(1 + 1 + 1 + 20 * (1 + 1 + 30 * (1 + 1 + 15 * 1)));
    expect(measured.cost).toBeLessThanOrEqual(LIMITS.maxCost);
    expect(measured.path.join('.')).toBe('episode.sections.turns.claims.id');
  });

  it('costs every episode with its sections and turns under the limit', () => {
    const measured = cost('{ episodes { id sections { id turns { id } } } }');
    expect(measured.cost).toBe(1 + 20 * (1 + 1 + 20 * (1 + 1 + 30 * 1)));
    expect(measured.cost).toBeLessThanOrEqual(LIMITS.maxCost);
  });

  it('bounds a short list below a larger `first`, never above a smaller one', () => {
    const big = cost('{ turn(id: "x") { claims(first: 100) { id } } }');
    const small = cost('{ turn(id: "x") { claims(first: 3) { id } } }');
    expect(big.cost).toBe(1 + 1 + 15);
    expect(small.cost).toBe(1 + 1 + 3);
  });

  it('names the path by response keys, through fragments', () => {
    const measured = cost(`
      query { cheap: episodes(first: 1) { id } ...F }
      fragment F on Query { heavy: entities(first: 100) { edges { node { citedBy(first: 100) { count } } } } }
    `);
    expect(measured.path.join('.')).toBe('heavy.edges.node.citedBy.count');
    expect(measured.pathCost).toBe(1 + 100 * (1 + 1 + 1 + 100));
  });

  it('cuts fragment cycles instead of looping', () => {
    const measured = cost(`
      query { ...A }
      fragment A on Query { episodes(first: 2) { id } ...B }
      fragment B on Query { ...A }
    `);
    expect(measured.cost).toBe(1 + 2);
  });
});
