/**
 * Global Object Identification: every type with identity has a globally unique, opaque id that
 * node(id:) fetches again; readable keys stay as `key` and work wherever ids do.
 */
import { buildSchema, isObjectType } from 'graphql';

import { EMBEDDED_TYPES, NODE_TYPES as PUBLISHED_NODE_TYPES } from '../../docs/clients/types';
import { NODE_TYPES } from '../../src/ids/global-id';
import { loadTypeDefs } from '../../src/schema';
import { postGraphQL, type GraphQLResponse } from '../support/http';
import { seededApp } from '../support/seeded-app';

type Data = Record<string, unknown>;

/** One or more objects of every type with identity. */
const EVERYTHING = `{
  episodes(first: 1) {
    __typename id key
    speakers(first: 2) { __typename id }
    sections(first: 1) { __typename id key turns(first: 2) { __typename id key mentions(first: 2) { __typename id } } }
    notes(first: 1) { __typename id key }
    discrepancies(first: 1) { __typename id key }
  }
  person(id: "sholto-douglas") {
    __typename id key
    trackRecord { __typename id }
    appearances(first: 1) { __typename id }
    affiliations(first: 1) { __typename id }
    predictions(first: 3) { edges { node { __typename id key resolutions(first: 2) { __typename id key }
      claim { __typename id key } } } }
  }
  claims(first: 60) { edges { node { relations(first: 2) { __typename id } } } }
  entity(id: "anthropic") {
    __typename id key
    citedBy(first: 2) { __typename id }
    relations(first: 2) { __typename id }
  }
}`;

/** Every {__typename, id} object in an answer. */
function nodesIn(value: unknown, found = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    for (const item of value) nodesIn(item, found);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Data;
    if (typeof record.__typename === 'string' && typeof record.id === 'string') {
      found.set(record.id, record.__typename);
    }
    for (const child of Object.values(record)) nodesIn(child, found);
  }
  return found;
}

const running = seededApp({
  // A resolution, so that type has an object too.
  setUp: async (fixture) => {
    const resolved = await fixture.gql(
      `mutation { resolvePrediction(id: "c1-pred-conclusive-agent-evidence-by-end-of-2025", status: CORRECT,
        evidence: { url: "https://example.org/e" }, resolvedAt: "2026-01-15") { id } }`,
      {},
      fixture.editor,
    );
    expect(resolved.body.errors).toBeUndefined();
  },
});

describe('identity: Node, node(id:), nodes(ids:) and readable keys', () => {
  const ok = async <T = Data>(query: string, variables: Data = {}): Promise<T> => {
    const { body } = await postGraphQL<T>(running.url, query, variables);
    if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const codes = (response: GraphQLResponse) =>
    (response.body.errors ?? []).map((error) => error.extensions?.code);

  it('gives every type with identity an id that node(id:) fetches again', async () => {
    const found = nodesIn(await ok(EVERYTHING));
    expect(new Set(found.values())).toEqual(new Set(NODE_TYPES));
    const ids = [...found.keys()];
    for (let at = 0; at < ids.length; at += 100) {
      const batch = ids.slice(at, at + 100);
      const data = await ok<{ nodes: ({ __typename: string; id: string } | null)[] }>(
        'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
        { ids: batch },
      );
      expect(data.nodes).toEqual(batch.map((id) => ({ __typename: found.get(id), id })));
    }
  });

  it('keeps ids unique across types: a prediction is not its claim, a person not their entity', async () => {
    const data = await ok<{
      prediction: { id: string; key: string; claim: { id: string; key: string } };
      person: { id: string; key: string; asEntity: { id: string; key: string } };
    }>(`{ prediction(id: "c1-pred-day-of-junior-engineer-work") { id key claim { id key } }
          person(id: "sholto-douglas") { id key asEntity { id key } } }`);
    expect(data.prediction.key).toBe(data.prediction.claim.key);
    expect(data.prediction.id).not.toBe(data.prediction.claim.id);
    expect(data.person.key).toBe(data.person.asEntity.key);
    expect(data.person.id).not.toBe(data.person.asEntity.id);
    expect(data.prediction.id).not.toContain(data.prediction.key);
  });

  it('accepts the global id or the readable key wherever a lookup takes one', async () => {
    const ids = await ok<{
      episodes: { id: string; key: string }[];
      person: { id: string };
      entity: { id: string };
    }>(
      '{ episodes(first: 1) { id key } person(id: "sholto-douglas") { id } entity(id: "anthropic") { id } }',
    );
    const episode = ids.episodes[0];
    if (episode === undefined) throw new Error('no episode');
    const QUERY = `query ($episode: ID!, $person: ID!, $entity: ID!, $speaker: String, $about: String) {
      episode(id: $episode) { key }
      person(id: $person) { key }
      entity(id: $entity) { key }
      claims(filter: { episodeId: $episode, speaker: $speaker }, first: 1) { totalCount }
      predictions(filter: { entity: $about }, first: 1) { totalCount }
    }`;
    const byId = await ok(QUERY, {
      episode: episode.id,
      person: ids.person.id,
      entity: ids.entity.id,
      speaker: ids.person.id,
      about: ids.entity.id,
    });
    const byKey = await ok(QUERY, {
      episode: episode.key,
      person: 'sholto-douglas',
      entity: 'anthropic',
      speaker: 'sholto-douglas',
      about: 'anthropic',
    });
    expect(byId).toEqual(byKey);
    expect(byId).toMatchObject({ claims: { totalCount: expect.any(Number) as number } });
  });

  it('answers null for an unknown id, and BAD_USER_INPUT for an id of the wrong type', async () => {
    const unknown = await ok<{ node: null; nodes: null[] }>(
      '{ node(id: "nothing-here") { id } nodes(ids: ["x"]) { id } }',
    );
    expect(unknown).toEqual({ node: null, nodes: [null] });
    const { person } = await ok<{ person: { id: string } }>(
      '{ person(id: "sholto-douglas") { id } }',
    );
    const wrong = await postGraphQL(running.url, 'query ($id: ID!) { episode(id: $id) { key } }', {
      id: person.id,
    });
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
  });

  it('declares every object type either a Node or an embedded value', () => {
    const schema = buildSchema(loadTypeDefs());
    const objects = Object.values(schema.getTypeMap()).filter(
      (type) => isObjectType(type) && !type.name.startsWith('__'),
    );
    const unclassified = objects
      .filter((type) => !['Query', 'Mutation', 'Subscription'].includes(type.name))
      .filter((type) => {
        const isNode = isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
        const embedded = (EMBEDDED_TYPES as readonly string[]).includes(type.name);
        return isNode === embedded;
      })
      .map((type) => type.name);
    expect(unclassified).toEqual([]);
    const nodes = objects.filter(
      (type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'),
    );
    expect(nodes.map((type) => type.name).sort()).toEqual([...NODE_TYPES].sort());
    expect([...PUBLISHED_NODE_TYPES].sort()).toEqual([...NODE_TYPES].sort());
  });
});
