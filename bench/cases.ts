import type { Driver } from 'neo4j-driver';

import { toCypherParams } from '../src/db/database';
import * as entityCypher from '../src/db/entities/entity-cypher';
import { SEARCH } from '../src/db/search/search-cypher';
import { encodeCursor } from '../src/ids/cursor';

/** What every case needs from the graph at hand: ids chosen by data, not by hand. */
export interface Fixture {
  claimId: string;
  speakerId: string;
  hubId: string;
  dueAfter: string;
  /** sortKey of the claim 80% through the episode order, for deep pages. */
  deepSortKey: string;
  deepOffset: number;
}

export const FIXTURE_CYPHER = `
CALL () { MATCH (c:Claim) RETURN c.id AS claimId ORDER BY c.sortKey LIMIT 1 }
CALL () { MATCH (c:Prediction) RETURN c.speakerId AS speakerId, count(*) AS n ORDER BY n DESC, speakerId LIMIT 1 }
CALL () { MATCH (x:Entity) RETURN x.id AS hubId ORDER BY COUNT { (x)<-[:ABOUT]-() } DESC, x.id LIMIT 1 }
RETURN claimId, speakerId, hubId, COUNT { MATCH (:Claim) } AS claims`;

/** The claim at $skip in the episode order: the start of a deep page. */
export const DEEP_CYPHER = `
MATCH (c:Claim) WHERE c.sortKey IS NOT NULL
WITH c ORDER BY c.sortKey SKIP $skip LIMIT 1
RETURN c.sortKey AS deepSortKey`;

/** The fixture of the graph `driver` reaches: the ids every case asks for. */
export async function fixture(driver: Driver): Promise<Fixture> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const record = (await session.run(FIXTURE_CYPHER)).records[0];
    if (record === undefined) throw new Error('the graph is empty');
    const skip = Math.floor(Number(record.get('claims')) * 0.8);
    const deep = (await session.run(DEEP_CYPHER, toCypherParams({ skip }))).records[0];
    return {
      claimId: String(record.get('claimId')),
      speakerId: String(record.get('speakerId')),
      hubId: String(record.get('hubId')),
      deepSortKey: String(deep?.get('deepSortKey')),
      deepOffset: skip,
      dueAfter: '2019-01-01',
    };
  } finally {
    await session.close();
  }
}

/** One query in the four forms: (A) hand Cypher, (B)/(D) our GraphQL, (C) @neo4j/graphql. */
export interface BenchCase {
  name: string;
  /** keyed and paged queries are held to the growth goal; nested ones to D/B. */
  kind: 'keyed' | 'paged' | 'nested' | 'aggregate';
  cypher: { statements: string[]; params: Record<string, unknown> };
  graphql: { query: string; variables: Record<string, unknown> };
  neo4jGraphql: { query: string; variables: Record<string, unknown> } | null;
}

const CLAIMS_PAGE_A = (deep: boolean): string => `
MATCH (c:Claim) WHERE ${deep ? 'c.sortKey > $after' : 'c.sortKey IS NOT NULL'}
WITH c ORDER BY c.sortKey LIMIT $first
RETURN c.id AS id, c.quote AS quote, c.sortKey AS key`;

function claimsPage(f: Fixture, first: number, deep: boolean): BenchCase {
  return {
    name: `claims first:${first} ${deep ? 'deep page' : 'page 1'}`,
    kind: 'paged',
    cypher: {
      statements: [CLAIMS_PAGE_A(deep)],
      params: { first: first + 1, after: f.deepSortKey },
    },
    graphql: {
      query: `query ($first: Int, $after: String) { claims(first: $first, after: $after) {
        edges { cursor node { id quote } } pageInfo { hasNextPage endCursor } } }`,
      variables: {
        first,
        after: deep ? encodeCursor('claims/EPISODE_ORDER', [f.deepSortKey]) : null,
      },
    },
    neo4jGraphql: {
      query: `query ($first: Int, $after: String) {
        claimsConnection(first: $first, after: $after, sort: [{ sortKey: ASC }]) {
          edges { cursor node { id quote } } pageInfo { hasNextPage endCursor } } }`,
      variables: {
        first,
        after: deep
          ? Buffer.from(`arrayconnection:${f.deepOffset}`, 'utf8').toString('base64')
          : null,
      },
    },
  };
}

/** (A)'s statement for "claim by id"; the floor servers of npm run bench:floors run it too. */
export const CLAIM_BY_ID = `MATCH (c:Claim {id: $id})-[:MADE_BY]->(p:Person)
           RETURN c.id AS id, c.quote AS quote, c.kind AS kind, p.name AS speaker`;

export function benchCases(f: Fixture): BenchCase[] {
  return [
    {
      name: 'claim by id',
      kind: 'keyed',
      cypher: {
        statements: [CLAIM_BY_ID],
        params: { id: f.claimId },
      },
      graphql: {
        query: 'query ($id: ID!) { claim(id: $id) { id quote kind speaker { name } } }',
        variables: { id: f.claimId },
      },
      neo4jGraphql: {
        query:
          'query ($id: ID!) { claims(where: { id: { eq: $id } }) { id quote kind speaker { name } } }',
        variables: { id: f.claimId },
      },
    },
    {
      name: 'who predicted what (speaker + due date, 20)',
      kind: 'nested',
      cypher: {
        statements: [
          `MATCH (c:Prediction)
           WHERE c.speakerId = $speaker AND c.deadline >= date($dueAfter)
           WITH c ORDER BY c.deadline, c.sortKey LIMIT 21
           MATCH (c)-[:MADE_BY]->(p:Person)
           MATCH (c)-[:STATED_IN]->(t:Turn)-[:IN_SECTION]->(:Section)-[:IN_EPISODE]->(e:Episode)
           RETURN c.quote AS quote, p.name AS speaker, t.position AS position, e.title AS episode`,
        ],
        params: { speaker: f.speakerId, dueAfter: f.dueAfter },
      },
      graphql: {
        query: `query ($speaker: String, $dueAfter: Date) {
          predictions(filter: { speaker: $speaker, dueAfter: $dueAfter }, orderBy: DEADLINE_ASC, first: 20) {
            edges { node { quote speaker { name } turn { position } episode { title } } } } }`,
        variables: { speaker: f.speakerId, dueAfter: f.dueAfter },
      },
      neo4jGraphql: {
        query: `query ($speaker: String, $dueAfter: Date) {
          predictions(where: { speakerId: { eq: $speaker }, deadline: { gte: $dueAfter } },
                      sort: [{ deadline: ASC }, { sortKey: ASC }], limit: 20) {
            quote speaker { name } turn { position section { episode { title } } } } }`,
        variables: { speaker: f.speakerId, dueAfter: f.dueAfter },
      },
    },
    {
      name: 'hub entity: claims, speakers, turns, co-cited (20)',
      kind: 'nested',
      cypher: {
        statements: [
          `MATCH (x:Entity {id: $hub})
           CALL (x) {
             MATCH (c:Claim)-[:ABOUT]->(x)
             WITH c ORDER BY c.sortKey LIMIT 21
             MATCH (c)-[:MADE_BY]->(p:Person)
             MATCH (c)-[:STATED_IN]->(t:Turn)
             RETURN collect({ quote: c.quote, speaker: p.name, position: t.position,
                              about: COLLECT { MATCH (c)-[:ABOUT]->(y:Entity) RETURN y.name } }) AS claims
           }
           RETURN x.name AS name, claims`,
        ],
        params: { hub: f.hubId },
      },
      graphql: {
        query: `query ($hub: ID) { entity(id: $hub) { name claims(first: 20) {
          edges { node { quote speaker { name } turn { position } about { name } } } } } }`,
        variables: { hub: f.hubId },
      },
      neo4jGraphql: {
        query: `query ($hub: ID!) { entities(where: { id: { eq: $hub } }) { name
          claims(limit: 20, sort: [{ sortKey: ASC }]) { quote speaker { name } turn { position } about { name } } } }`,
        variables: { hub: f.hubId },
      },
    },
    {
      name: 'related(depth: 3) from the hub',
      kind: 'nested',
      cypher: {
        statements: [
          entityCypher.RELATED_ENTITIES.replace(
            /WITH key, found, found\.node AS x\nRETURN [^\n]*$/,
            'RETURN found.node.name AS name, found.depth AS depth',
          ),
        ],
        params: { keys: [f.hubId], depth: 3, types: null, first: 20 },
      },
      graphql: {
        query: `query ($hub: ID) { entity(id: $hub) { related(depth: 3, first: 20) { depth entity { name } } } }`,
        variables: { hub: f.hubId },
      },
      neo4jGraphql: null,
    },
    {
      name: 'dashboard (totals, kinds, statuses, most cited)',
      kind: 'aggregate',
      cypher: {
        statements: [
          `RETURN COUNT { MATCH (:Claim) } AS claims, COUNT { MATCH (:Prediction) } AS predictions`,
          `MATCH (c:Claim) WHERE c.kind IS NOT NULL RETURN c.kind AS label, count(*) AS count`,
          `MATCH (c:Prediction) WHERE c.status IS NOT NULL RETURN c.status AS label, count(*) AS count`,
          `MATCH (x:Entity) WITH x, COUNT { (x)<-[:MENTIONS]-() } AS count
           ORDER BY count DESC, x.name LIMIT 5 RETURN x.name AS name, count`,
        ],
        params: {},
      },
      graphql: {
        query: `{ dashboard { totals { claims predictions } claimsByKind { label count }
          predictionsByStatus { label count } mostCited(first: 5) { count entity { name } } } }`,
        variables: {},
      },
      // @neo4j/graphql has no grouped counts or degrees: it answers the totals alone, which the
      // next case compares with the same two fields of ours.
      neo4jGraphql: null,
    },
    {
      name: 'dashboard totals (claims, predictions)',
      kind: 'aggregate',
      cypher: {
        statements: [
          `RETURN COUNT { MATCH (:Claim) } AS claims, COUNT { MATCH (:Prediction) } AS predictions`,
        ],
        params: {},
      },
      graphql: { query: `{ dashboard { totals { claims predictions } } }`, variables: {} },
      neo4jGraphql: {
        query: `{ claimsConnection { totalCount } predictionsConnection { totalCount } }`,
        variables: {},
      },
    },
    {
      name: 'full-text search (10)',
      kind: 'keyed',
      cypher: {
        statements: [SEARCH],
        params: { query: 'lattice protocol', types: ['TURN', 'CLAIM', 'ENTITY'], first: 10 },
      },
      graphql: {
        query: '{ search(query: "lattice protocol", first: 10) { type score snippet } }',
        variables: {},
      },
      neo4jGraphql: null,
    },
    claimsPage(f, 10, false),
    claimsPage(f, 10, true),
    claimsPage(f, 100, false),
    claimsPage(f, 100, true),
  ];
}

/** The transport case: a short statement and the same one padded past one Bolt chunk. */
export const TRANSPORT = {
  short: 'MATCH (c:Prediction) RETURN count(c) AS n',
  padded: `MATCH (c:Prediction) RETURN count(c) AS n // ${'x'.repeat(2048)}`,
};
