import { importFiles } from '../../src/ingest/import-corpus';
import { snapshot } from '../support/graph';
import type { GraphQLResponse } from '../support/http';
import { seededApp, type Caller } from '../support/seeded-app';
import { writeSyntheticEpisode } from '../support/synthetic';

type Data = Record<string, unknown>;

const api = seededApp();

function gql<T = Data>(
  query: string,
  variables: Data = {},
  as?: Caller,
): Promise<GraphQLResponse<T>> {
  return api.gql<T>(query, variables, as);
}

/** The data of a query that must succeed. */
function ok<T = Data>(query: string, variables: Data = {}, as?: Caller): Promise<T> {
  return api.ok<T>(query, variables, as);
}

function codes(response: GraphQLResponse): (string | undefined)[] {
  return (response.body.errors ?? []).map((error) => error.extensions?.code);
}

describe('who predicted what, and by when', () => {
  const QUERY = `query ($speaker: String) {
    predictions(filter: { speaker: $speaker, dated: true }, orderBy: DEADLINE_ASC, first: 10) {
      totalCount
      edges { node { key speaker { name } quote horizon dueDate window { from to } deadline
        confidence { hedges bucket probability } status
        turn { position section { title } } episode { airDate } } }
    }
  }`;

  it('lists the dated predictions with speaker, words, horizon and due date', async () => {
    const data = await ok<{ predictions: { totalCount: number; edges: { node: Data }[] } }>(QUERY, {
      speaker: 'sholto',
    });
    expect(data.predictions.totalCount).toBe(2);
    expect(data.predictions.edges.map((edge) => edge.node)).toEqual([
      {
        key: 'c1-pred-conclusive-agent-evidence-by-end-of-2025',
        speaker: { name: 'Sholto Douglas' },
        quote:
          'should see much more conclusive evidence of that by the end of the year, with real software engineering agents doing real work',
        horizon: 'by the end of the year',
        dueDate: '2025-12-31',
        window: null,
        deadline: '2025-12-31',
        confidence: { hedges: ['should'], bucket: 'LIKELY', probability: 0.75 },
        status: 'OPEN',
        turn: { position: 10, section: { title: 'How Far Can RL Scale?' } },
        episode: { airDate: '2025-05-22' },
      },
      expect.objectContaining({
        key: 'c1-pred-day-of-junior-engineer-work',
        horizon: 'by the end of this year to this time next year',
        dueDate: null,
        window: { from: '2025-12-31', to: '2026-05-22' },
        deadline: '2026-05-22',
        confidence: { hedges: ['I really do think'], bucket: 'ALMOST_CERTAIN', probability: 0.95 },
      }),
    ]);
  });

  it('resolves a speaker by id, full name or first name alike', async () => {
    const byId = await ok<{ predictions: { totalCount: number } }>(QUERY, {
      speaker: 'sholto-douglas',
    });
    const byName = await ok<{ predictions: { totalCount: number } }>(QUERY, {
      speaker: 'SHOLTO DOUGLAS',
    });
    expect(byId).toEqual(byName);
    const nobody = await ok<{ predictions: { totalCount: number } }>(QUERY, {
      speaker: 'Nobody Atall',
    });
    expect(nobody.predictions.totalCount).toBe(0);
  });

  it('filters conditional predictions and walks pages with cursors to the end', async () => {
    const all = await ok<{ predictions: { totalCount: number } }>('{ predictions { totalCount } }');
    const conditional = await ok<{
      predictions: {
        totalCount: number;
        edges: { node: { conditional: boolean; conditions: string[] } }[];
      };
    }>(
      '{ predictions(filter: { conditional: true }, first: 100) { totalCount edges { node { conditional conditions } } } }',
    );
    expect(conditional.predictions.totalCount).toBeGreaterThan(0);
    expect(conditional.predictions.totalCount).toBeLessThan(all.predictions.totalCount);
    for (const { node } of conditional.predictions.edges) {
      expect(node.conditional).toBe(true);
      expect(node.conditions.length).toBeGreaterThan(0);
    }

    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages += 1) {
      const page: {
        predictions: {
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
        };
      } = await ok(
        'query ($after: String) { predictions(first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }',
        { after },
      );
      expect(page.predictions.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.predictions.edges.map((edge) => edge.node.id));
      if (!page.predictions.pageInfo.hasNextPage) {
        const tail: { predictions: { edges: unknown[]; pageInfo: { endCursor: string | null } } } =
          await ok(
            'query ($after: String) { predictions(first: 3, after: $after) { edges { node { id } } pageInfo { endCursor } } }',
            { after: page.predictions.pageInfo.endCursor },
          );
        expect(tail.predictions.edges).toEqual([]);
        expect(tail.predictions.pageInfo.endCursor).toBeNull();
        break;
      }
      after = page.predictions.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(all.predictions.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('refuses pages outside 0..100 and cursors it did not make', async () => {
    for (const first of [-1, 101, 1000000]) {
      expect(
        codes(
          await gql('query ($first: Int) { predictions(first: $first) { totalCount } }', { first }),
        ),
      ).toEqual(['BAD_USER_INPUT']);
    }
    const response = await gql('{ claims(after: "not-a-cursor") { totalCount } }');
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0]?.message).toContain('is not a cursor from this API');
    const max = await ok<{ claims: { edges: unknown[] } }>(
      '{ claims(first: 100) { edges { cursor } } }',
    );
    expect(max.claims.edges).toHaveLength(100);
  });
});

describe('claims', () => {
  it('filters by kind, speaker and text, and shows relations both ways', async () => {
    const data = await ok<{ claims: { totalCount: number; edges: { node: Data }[] } }>(
      `{ claims(filter: { speaker: "Sholto", text: "extra nines" }) { totalCount edges { node {
          key speaker { name } attributedTo { person { name } } turn { position speaker { name } }
          quote relations { type direction claim { key speaker { name } } } } } } }`,
    );
    expect(data.claims.totalCount).toBeGreaterThanOrEqual(1);
    const reported = data.claims.edges
      .map((edge) => edge.node)
      .find((node) => node.turn && (node.turn as Data).position === 18);
    // Sholto reports Trenton's view from last year: said by Sholto, attributed to Trenton.
    expect(reported).toEqual(
      expect.objectContaining({
        speaker: { name: 'Sholto Douglas' },
        attributedTo: { person: { name: 'Trenton Bricken' } },
        turn: { position: 18, speaker: { name: 'Sholto Douglas' } },
      }),
    );
    const directions = new Set(
      (reported?.relations as { direction: string }[]).map((relation) => relation.direction),
    );
    expect(directions.has('INCOMING')).toBe(true);
  });

  it('finds claims about an entity given by a surface form', async () => {
    const data = await ok<{ claims: { edges: { node: { about: { key: string }[] } }[] } }>(
      '{ claims(filter: { entity: "YC" }, first: 50) { edges { node { about { key } } } } }',
    );
    expect(data.claims.edges.length).toBeGreaterThan(0);
    for (const edge of data.claims.edges)
      expect(edge.node.about.map((entity) => entity.key)).toContain('y-combinator');
  });
});

describe('entities and referenced works', () => {
  it('resolves a paper by the title as spoken and tells who cited it', async () => {
    const data = await ok<{ entity: Data }>(`{
      entity(name: "scaling scaling laws for board games") {
        key name type year externalIds { key value } surfaceForms mentionCount
        citedBy { person { name } count }
        mentions { totalCount edges { node { form start end turn { position speaker { name } } } } }
        notes { number }
        discrepancies { kind text correct }
        relations(direction: OUTGOING, types: [AUTHORED_BY]) { type entity { name } }
      } }`);
    expect(data.entity).toEqual({
      key: 'scaling-scaling-laws-with-board-games',
      name: 'Scaling Scaling Laws with Board Games',
      type: 'WORK',
      year: 2021,
      externalIds: [{ key: 'arxiv', value: '2104.03113' }],
      surfaceForms: ['Scaling Scaling Laws for Board Games'],
      mentionCount: 1,
      citedBy: [{ person: { name: 'Dwarkesh Patel' }, count: 1 }],
      mentions: {
        totalCount: 1,
        edges: [
          {
            node: expect.objectContaining({
              form: 'Scaling Scaling Laws for Board Games',
              turn: { position: 91, speaker: { name: 'Dwarkesh Patel' } },
            }) as unknown,
          },
        ],
      },
      notes: [{ number: 3 }],
      discrepancies: [
        expect.objectContaining({
          kind: 'wrong-title',
          correct: 'Scaling Scaling Laws with Board Games',
        }),
        expect.objectContaining({
          kind: 'wrong-title',
          correct: 'Scaling Scaling Laws with Board Games',
        }),
      ],
      relations: [{ type: 'AUTHORED_BY', entity: { name: 'Andy Jones' } }],
    });
  });

  it('walks two hops from a work through its author', async () => {
    const data = await ok<{
      entity: { related: { depth: number; path: string[]; entity: { key: string } }[] };
    }>(
      '{ entity(id: "scaling-scaling-laws-with-board-games") { related(depth: 2, first: 50) { depth path entity { key } } } }',
    );
    const byId = new Map(data.entity.related.map((row) => [row.entity.key, row]));
    expect(byId.get('andy-jones')).toEqual({
      depth: 1,
      path: ['AUTHORED_BY'],
      entity: { key: 'andy-jones' },
    });
    expect(Math.max(...data.entity.related.map((row) => row.depth))).toBe(2);
    const oneHop = await ok<{ entity: { related: unknown[] } }>(
      '{ entity(id: "scaling-scaling-laws-with-board-games") { related(depth: 1, first: 50) { depth } } }',
    );
    expect(oneHop.entity.related.length).toBeLessThan(data.entity.related.length);
    expect(codes(await gql('{ entity(id: "anthropic") { related(depth: 4) { depth } } }'))).toEqual(
      ['BAD_USER_INPUT'],
    );
  });

  it('orders entities by how often they are cited', async () => {
    const data = await ok<{ entities: { edges: { node: { mentionCount: number } }[] } }>(
      '{ entities(first: 10) { edges { node { mentionCount } } } }',
    );
    const counts = data.entities.edges.map((edge) => edge.node.mentionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(counts[9] ?? 0);
  });

  it('finds people by name and gives their affiliations', async () => {
    const data = await ok<{ person: Data }>(
      '{ person(name: "trenton") { key name affiliations { entity { name } role } appearances { role affiliation } } }',
    );
    expect(data.person).toEqual(
      expect.objectContaining({
        key: 'trenton-bricken',
        name: 'Trenton Bricken',
        affiliations: [expect.objectContaining({ entity: { name: 'Anthropic' } })],
        appearances: [{ role: 'PANELIST', affiliation: 'Anthropic' }],
      }),
    );
  });
});

describe('search', () => {
  it('finds turns, claims and entities with a highlighted snippet, safely', async () => {
    const data = await ok<{
      search: { type: string; score: number; snippet: string; turn: { position: number } | null }[];
    }>(
      '{ search(query: "ClaudePlaysPokemon", first: 5) { type score snippet turn { position } } }',
    );
    expect(data.search.length).toBeGreaterThan(0);
    expect(data.search.map((hit) => hit.score)).toEqual(
      [...data.search.map((hit) => hit.score)].sort((a, b) => b - a),
    );
    expect(data.search.find((hit) => hit.type === 'TURN')?.turn?.position).toBe(12);
    expect(
      data.search.every((hit) => hit.snippet.includes('<mark>ClaudePlaysPokemon</mark>')),
    ).toBe(true);

    const hostile = await gql(
      '{ search(query: "\\" OR 1=1 // `x` }) DETACH DELETE n // title:(a OR b)~2") { type } }',
    );
    expect(hostile.status).toBe(200);
    expect(hostile.body.errors).toBeUndefined();
    expect(codes(await gql('{ search(query: "  ~~ ** ") { type } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('dashboard', () => {
  it('counts claims and predictions and lists what is overdue as of a date', async () => {
    const data = await ok<{
      dashboard: Data & { overdue: { key: string }[]; dueSoon: { key: string }[] };
    }>(`{
      dashboard(asOf: "2025-12-01", soonDays: 60) {
        asOf totals { episodes turns }
        predictionsByStatus { label count }
        dueSoon { key } overdue { key }
        trackRecords { person { key } record { total open resolved brierScore } }
      } }`);
    expect(data.dashboard.asOf).toBe('2025-12-01');
    expect(data.dashboard.totals).toEqual({ episodes: 1, turns: 95 });
    expect(data.dashboard.dueSoon.map((p) => p.key)).toEqual([
      'c1-pred-conclusive-agent-evidence-by-end-of-2025',
    ]);
    expect(data.dashboard.overdue).toEqual([]);
    const later = await ok<{ dashboard: { overdue: { key: string }[] } }>(
      '{ dashboard(asOf: "2026-06-01") { overdue { key } } }',
    );
    expect(later.dashboard.overdue.map((p) => p.key)).toEqual([
      'c1-pred-conclusive-agent-evidence-by-end-of-2025',
      'c1-pred-day-of-junior-engineer-work',
    ]);
  });
});

describe('resolving predictions', () => {
  afterEach(() => api.restore());
  const RESOLVE = `mutation ($id: ID!, $status: PredictionStatus!, $url: String!, $note: String, $at: Date) {
    resolvePrediction(id: $id, status: $status, evidence: { url: $url, note: $note }, resolvedAt: $at) {
      key status resolutions { action status previousStatus evidenceUrl note resolvedAt recordedBy }
    } }`;
  const ID = 'c1-pred-conclusive-agent-evidence-by-end-of-2025';
  const vars = {
    id: ID,
    status: 'CORRECT',
    url: 'https://example.org/evidence',
    note: 'agents did real work',
    at: '2026-01-15',
  };

  it('refuses callers without an editor token and leaves the graph unchanged', async () => {
    const before = await snapshot(api.db);
    expect(codes(await gql(RESOLVE, vars))).toEqual(['UNAUTHENTICATED']);
    const stranger = { headers: { authorization: 'Bearer cg_not-a-real-token' } };
    expect(codes(await gql(RESOLVE, vars, stranger))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(RESOLVE, vars, api.reader))).toEqual(['FORBIDDEN']);
    expect(await snapshot(api.db)).toEqual(before);
  });

  it('refuses bad input with BAD_USER_INPUT and leaves the graph unchanged', async () => {
    const before = await snapshot(api.db);
    const bad: Data[] = [
      { ...vars, status: 'OPEN' },
      { ...vars, url: 'javascript:alert(1)' },
      { ...vars, at: '2024-01-01' },
      { ...vars, at: '2999-01-01' },
      { ...vars, id: 'no-such-prediction' },
      { ...vars, id: 'c1-rl-has-finally-worked' },
      { ...vars, note: 'x'.repeat(2001) },
    ];
    for (const variables of bad) {
      const response = await gql(RESOLVE, variables, api.editor);
      expect([JSON.stringify(variables).slice(0, 80), codes(response)]).toEqual([
        JSON.stringify(variables).slice(0, 80),
        ['BAD_USER_INPUT'],
      ]);
    }
    expect(await snapshot(api.db)).toEqual(before);
  });

  it('records a resolution with its evidence, keeps history, and scores the track record', async () => {
    const resolved = await ok<{ resolvePrediction: Data }>(RESOLVE, vars, api.editor);
    expect(resolved.resolvePrediction).toEqual({
      key: ID,
      status: 'CORRECT',
      resolutions: [
        {
          action: 'RESOLVE',
          status: 'CORRECT',
          previousStatus: 'OPEN',
          evidenceUrl: 'https://example.org/evidence',
          note: 'agents did real work',
          resolvedAt: '2026-01-15',
          recordedBy: 'test-editor',
        },
      ],
    });
    const again = await ok<{ resolvePrediction: { resolutions: unknown[] } }>(
      RESOLVE,
      vars,
      api.editor,
    );
    expect(again.resolvePrediction.resolutions).toHaveLength(1);

    const reopened = await ok<{
      reopenPrediction: {
        status: string;
        resolutions: { action: string; previousStatus: string }[];
      };
    }>(
      'mutation { reopenPrediction(id: "' +
        ID +
        '", note: "source retracted") { status resolutions { action previousStatus } } }',
      {},
      api.editor,
    );
    expect(reopened.reopenPrediction.status).toBe('OPEN');
    expect(reopened.reopenPrediction.resolutions).toEqual([
      { action: 'RESOLVE', previousStatus: 'OPEN' },
      { action: 'REOPEN', previousStatus: 'CORRECT' },
    ]);
    await ok(RESOLVE, { ...vars, status: 'INCORRECT', note: 'on reflection, no' }, api.editor);
    const record = await ok<{ person: { trackRecord: Data } }>(
      '{ person(id: "sholto-douglas") { trackRecord { resolved correct incorrect open brierScore } } }',
    );
    // One resolved prediction said with 0.75 that came out false: (0.75 - 0)^2.
    expect(record.person.trackRecord).toEqual(
      expect.objectContaining({ resolved: 1, correct: 0, incorrect: 1, brierScore: 0.5625 }),
    );
  });

  it('records exactly one resolution for 100 identical concurrent requests', async () => {
    const id = 'c1-pred-day-of-junior-engineer-work';
    const same = { ...vars, id, status: 'PARTIALLY_CORRECT', note: 'concurrent' };
    const responses = await Promise.all(
      Array.from({ length: 100 }, () => gql(RESOLVE, same, api.editor)),
    );
    expect(responses.every((response) => response.status === 200 && !response.body.errors)).toBe(
      true,
    );
    const [row] = await api.db.read<{ count: number }>(
      'MATCH (:Prediction {id: $id})-[:HAS_RESOLUTION]->(r:Resolution) RETURN count(r) AS count',
      { id },
    );
    expect(row?.count).toBe(1);
  });
});

describe('concurrent different resolutions', () => {
  afterEach(() => api.restore());
  it('queue behind each other: one history, each record following the one before', async () => {
    const token = api.editor;
    const id = 'c2-dramatically-more-leverage';
    const statuses = ['CORRECT', 'INCORRECT', 'PARTIALLY_CORRECT', 'UNRESOLVABLE'];
    const responses = await Promise.all(
      statuses.map((status, i) =>
        gql(
          `mutation ($id: ID!, $status: PredictionStatus!, $note: String) {
             resolvePrediction(id: $id, status: $status, evidence: { url: "https://example.org/c", note: $note }) { id } }`,
          { id, status, note: `change ${i}` },
          token,
        ),
      ),
    );
    expect(responses.map((response) => response.body.errors)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const data = await ok<{
      prediction: { status: string; resolutions: { status: string; previousStatus: string }[] };
    }>(`{ prediction(id: "${id}") { status resolutions { status previousStatus } } }`);
    const history = data.prediction.resolutions;
    expect(history).toHaveLength(4);
    expect(history[0]?.previousStatus).toBe('OPEN');
    for (let i = 1; i < history.length; i += 1) {
      expect(history[i]?.previousStatus).toBe(history[i - 1]?.status);
    }
    expect(data.prediction.status).toBe(history[3]?.status);
    expect(history.map((entry) => entry.status).sort()).toEqual([...statuses].sort());
  });
});

describe('round trips to Neo4j', () => {
  afterEach(() => api.restore());
  // Inner lists are given small pages: the cost limit sees $first (60 × 50 × 4 would be refused).
  const NESTED = `query ($first: Int) {
    predictions(first: $first) { edges { node { speaker { name trackRecord { total } } turn { text section { title episode { title } } }
      about { name mentionCount } resolutions { status } claim { relations(first: 5) { claim { speaker { name } } } } } } }
    people(first: 5) { name claims(first: $first) { totalCount edges { node { turn { position } about { id } } } } }
    entities(first: $first) { edges { node { name citedBy(first: 5) { person { name } count } mentions(first: 3) { edges { node { turn { speaker { name } } } } } } } }
  }`;

  async function roundTrips(first: number): Promise<number> {
    const before = api.db.roundTrips;
    await ok(NESTED, { first });
    return api.db.roundTrips - before;
  }

  it('depends on the shape of a query, not on how many rows it returns', async () => {
    const small = await roundTrips(20);
    const large = await roundTrips(60);
    expect(large).toBe(small);
    expect(small).toBeLessThan(40);

    // A bigger graph: a second episode with four new speakers and 160 more claims.
    await importFiles(api.db, [
      writeSyntheticEpisode({ title: 'Synthetic Shape Test', date: '2026-02-01', turns: 80 }),
    ]);
    expect(await roundTrips(60)).toBe(small);
  });
});
