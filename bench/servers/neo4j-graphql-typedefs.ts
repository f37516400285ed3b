/**
 * (C) type definitions for @neo4j/graphql 7 over the same graph: the fields the benchmark
 * queries select, with the relationships our importer writes.
 */
export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type Episode @node {
    id: ID!
    title: String!
  }
  type Section @node {
    id: ID!
    title: String!
    position: Int!
    episode: [Episode!]! @relationship(type: "IN_EPISODE", direction: OUT)
  }
  type Person @node(labels: ["Person"]) {
    id: ID!
    name: String!
  }
  type Turn @node {
    id: ID!
    position: Int!
    text: String!
    speaker: [Person!]! @relationship(type: "SPOKEN_BY", direction: OUT)
    section: [Section!]! @relationship(type: "IN_SECTION", direction: OUT)
  }
  type Claim @node {
    id: ID!
    kind: String!
    quote: String!
    sortKey: String!
    speakerId: String!
    speaker: [Person!]! @relationship(type: "MADE_BY", direction: OUT)
    turn: [Turn!]! @relationship(type: "STATED_IN", direction: OUT)
    about: [Entity!]! @relationship(type: "ABOUT", direction: OUT)
  }
  type Prediction @node {
    id: ID!
    quote: String!
    sortKey: String!
    speakerId: String!
    deadline: Date
    dueDate: Date
    speaker: [Person!]! @relationship(type: "MADE_BY", direction: OUT)
    turn: [Turn!]! @relationship(type: "STATED_IN", direction: OUT)
  }
  type Entity @node {
    id: ID!
    name: String!
    claims: [Claim!]! @relationship(type: "ABOUT", direction: IN)
  }
`;
