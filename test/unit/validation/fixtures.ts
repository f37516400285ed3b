import { buildSchema, parse, specifiedRules, validate, type ValidationRule } from 'graphql';

/** A small schema with a recursive type, plain lists and a Relay-style connection. */
export const schema = buildSchema(`
  type Query {
    node: Node
    nodes(first: Int): [Node!]!
    tags: [String!]!
    things(first: Int): ThingConnection!
    pagedThings(first: Int = 50): ThingConnection!
    item: Item
  }

  type Node {
    id: ID!
    name: String
    child: Node
    children(first: Int): [Node!]!
  }

  type Thing {
    id: ID!
    name: String
    children(first: Int): [Thing!]!
    related(first: Int): ThingConnection!
  }

  type ThingConnection {
    edges: [ThingEdge!]!
    nodes: [Thing!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type ThingEdge {
    cursor: String!
    node: Thing!
  }

  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }

  union Item = Node | Thing
`);

/** Every error `rules` report for `query`. */
export function errors(query: string, rules: readonly ValidationRule[]) {
  return validate(schema, parse(query), rules);
}

/** The messages of every error `rules` report for `query`. */
export function messages(query: string, rules: readonly ValidationRule[]): string[] {
  return errors(query, rules).map((error) => error.message);
}

/** The messages graphql's own rules report for `query`, to compare against. */
export function specifiedMessages(query: string): string[] {
  return messages(query, specifiedRules);
}

/** `{ node { child { … { id } } } }` nesting `depth` fields (depth >= 2). */
export function deepQuery(depth: number, leaf = 'id'): string {
  let inner = leaf;
  for (let level = 2; level < depth; level += 1) inner = `child { ${inner} }`;
  return `{ node { ${inner} } }`;
}

/** `count` selections built by `make(i)`, i from 1. */
export function repeat(count: number, make: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => make(i + 1)).join(' ');
}
