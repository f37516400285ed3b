/**
 * Orders, filters, routes and person fields no other test covered, each checked against an
 * independent Cypher reading of the same graph (so a wrong ORDER BY or WHERE fails here).
 */
import { seededApp } from '../support/seeded-app';

const api = seededApp();

async function ids(query: string, field: 'predictions' | 'claims' | 'entities'): Promise<string[]> {
  const data = await api.ok<Record<string, { edges: { node: { key: string } }[] }>>(query);
  return (data[field]?.edges ?? []).map((edge) => edge.node.key);
}

async function oracle(cypher: string, params: Record<string, unknown> = {}): Promise<string[]> {
  return (await api.db.read<{ id: string }>(cypher, params)).map((row) => row.id);
}

describe('orders', () => {
  it('DEADLINE_DESC: latest deadline first, undated last', async () => {
    const got = await ids(
      '{ predictions(orderBy: DEADLINE_DESC, first: 100) { edges { node { key } } } }',
      'predictions',
    );
    const dated = await oracle(
      'MATCH (c:Prediction) WHERE c.deadline IS NOT NULL RETURN c.id AS id ORDER BY c.deadline DESC',
    );
    expect(dated.length).toBeGreaterThan(1);
    expect(got.slice(0, dated.length)).toEqual(dated);
    expect(got).toHaveLength((await oracle('MATCH (c:Prediction) RETURN c.id AS id')).length);
  });

  it('CONFIDENCE_DESC: most confident first', async () => {
    const data = await api.ok<{
      predictions: { edges: { node: { confidence: { probability: number } } }[] };
    }>(
      '{ predictions(orderBy: CONFIDENCE_DESC, first: 100) { edges { node { confidence { probability } } } } }',
    );
    const probabilities = data.predictions.edges.map((edge) => edge.node.confidence.probability);
    expect(probabilities).toEqual([...probabilities].sort((a, b) => b - a));
    expect(new Set(probabilities).size).toBeGreaterThan(1);
  });

  it('NAME_ASC: entities by name, case-insensitively', async () => {
    const got = await ids(
      '{ entities(orderBy: NAME_ASC, first: 100) { edges { node { key } } } }',
      'entities',
    );
    const expected = await oracle(
      'MATCH (x:Entity) RETURN x.id AS id ORDER BY toLower(x.name), x.id',
    );
    expect(got).toEqual(expected);
  });

  it('CLAIMS_DESC: the entity most claims are about first', async () => {
    const data = await api.ok<{
      entities: { edges: { node: { key: string; claims: { totalCount: number } } }[] };
    }>(
      '{ entities(orderBy: CLAIMS_DESC, first: 20) { edges { node { key claims(first: 1) { totalCount } } } } }',
    );
    const counts = data.entities.edges.map((edge) => edge.node.claims.totalCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const [top] = await api.db.read<{ n: number }>(
      'MATCH (x:Entity) OPTIONAL MATCH (c:Claim)-[:ABOUT]->(x) WITH x, count(c) AS n RETURN n ORDER BY n DESC LIMIT 1',
    );
    expect(counts[0]).toBe(top?.n);
  });
});

describe('filters', () => {
  it('dueBefore and dueAfter bound the deadline, inclusively', async () => {
    const before = await ids(
      '{ predictions(filter: { dueBefore: "2026-01-01" }, first: 100) { edges { node { key } } } }',
      'predictions',
    );
    const after = await ids(
      '{ predictions(filter: { dueAfter: "2026-01-01" }, first: 100) { edges { node { key } } } }',
      'predictions',
    );
    const expectedBefore = await oracle(
      "MATCH (c:Prediction) WHERE c.deadline <= date('2026-01-01') RETURN c.id AS id",
    );
    const expectedAfter = await oracle(
      "MATCH (c:Prediction) WHERE c.deadline >= date('2026-01-01') RETURN c.id AS id",
    );
    expect(before.sort()).toEqual(expectedBefore.sort());
    expect(after.sort()).toEqual(expectedAfter.sort());
    expect(before.length + after.length).toBeGreaterThan(0);
  });

  it('sectionId keeps the claims stated in that section', async () => {
    const section = '2025-05-22-is-rl-llms-enough-for-agi#s03';
    const got = await ids(
      `{ claims(filter: { sectionId: "${section}" }, first: 100) { edges { node { key } } } }`,
      'claims',
    );
    const expected = await oracle(
      'MATCH (c:Claim)-[:STATED_IN]->(:Turn)-[:IN_SECTION]->(:Section {id: $section}) RETURN c.id AS id',
      { section },
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(got.sort()).toEqual(expected.sort());
  });
});

describe('people', () => {
  it("Person.turns pages through the person's turns in episode order", async () => {
    const data = await api.ok<{
      person: {
        turns: { totalCount: number; edges: { node: { key: string; position: number } }[] };
      };
    }>(
      '{ person(id: "sholto-douglas") { turns(first: 100) { totalCount edges { node { key position } } } } }',
    );
    const expected = await oracle(
      'MATCH (t:Turn)-[:SPOKEN_BY]->(:Person {id: "sholto-douglas"}) RETURN t.id AS id ORDER BY t.position',
    );
    expect(data.person.turns.totalCount).toBe(expected.length);
    expect(data.person.turns.edges.map((edge) => edge.node.key)).toEqual(expected);
  });

  it('Person.authoredWorks lists what AUTHORED_BY points at them', async () => {
    const [author] = await api.db.read<{ id: string }>(
      'MATCH (w:Entity)-[:AUTHORED_BY]->(p:Person) RETURN p.id AS id ORDER BY p.id LIMIT 1',
    );
    const personId = author?.id ?? 'nobody';
    const data = await api.ok<{ person: { authoredWorks: { key: string }[] } | null }>(
      `{ person(id: "${personId}") { authoredWorks { key } } }`,
    );
    const expected = await oracle(
      'MATCH (w:Entity)-[:AUTHORED_BY]->(:Person {id: $personId}) RETURN w.id AS id',
      { personId },
    );
    expect((data.person?.authoredWorks ?? []).map((work) => work.key).sort()).toEqual(
      expected.sort(),
    );
  });
});

describe('HTTP routes', () => {
  it('answers invalid JSON with 400', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ episodes { id } }"',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers an unknown route with 404', async () => {
    const response = await fetch(`${api.base}/no-such-route`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: 'not found: the dashboard is at /, the API at /graphql, health at /health',
    });
  });
});
