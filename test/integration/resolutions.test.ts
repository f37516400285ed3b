/**
 * Resolutions and reopenings under concurrency, through GraphQL over HTTP against the real
 * Neo4j: the service (src/resolutions/) checks, writes and reads back under the prediction's
 * lock, so concurrent requests queue and each is checked against the one before it.
 */
import { isDedupeViolation } from '../../src/resolutions/resolution-service';
import { createApp } from '../../src/server';
import { postGraphQL, type GraphQLResponse } from '../support/http';
import { testDatabase, testNeo4jUri } from '../support/neo4j';
import { seededApp } from '../support/seeded-app';

/** The injected clock: every recordedAt and default resolvedAt comes from here. */
const NOW = new Date('2026-03-04T05:06:07.089Z');

const RESOLVE = `mutation ($id: ID!, $status: PredictionStatus!, $note: String, $at: Date) {
  resolvePrediction(id: $id, status: $status, evidence: { url: "https://example.org/e", note: $note }, resolvedAt: $at) {
    key status } }`;
const REOPEN = `mutation ($id: ID!, $note: String!) { reopenPrediction(id: $id, note: $note) { key status } }`;
const HISTORY = `query ($id: ID!) { prediction(id: $id) { status
  resolutions { action status previousStatus note resolvedAt recordedAt recordedBy } } }`;

interface History {
  prediction: {
    status: string;
    resolutions: {
      action: string;
      status: string;
      previousStatus: string;
      note: string | null;
      resolvedAt: string | null;
      recordedAt: string;
      recordedBy: string;
    }[];
  };
}

const api = seededApp({ app: { now: () => NOW } });
// Every test here writes; each starts from the bundled corpus.
afterEach(() => api.restore());

function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  return api.gql<T>(query, variables, api.editor);
}

async function history(id: string): Promise<History['prediction']> {
  const { body } = await gql<History>(HISTORY, { id });
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.prediction;
}

function codes(response: GraphQLResponse): (string | undefined)[] {
  return (response.body.errors ?? []).map((error) => error.extensions?.code);
}

describe('concurrent changes to one prediction', () => {
  it('8 different reopens of a resolved prediction at once record exactly one REOPEN', async () => {
    const id = 'c1-pred-conclusive-agent-evidence-by-end-of-2025';
    expect(await gql(RESOLVE, { id, status: 'CORRECT', at: '2026-01-15' })).toMatchObject({
      status: 200,
      body: { data: { resolvePrediction: { key: id, status: 'CORRECT' } } },
    });
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => gql(REOPEN, { id, note: `reopen ${i}` })),
    );
    const succeeded = responses.filter((response) => !response.body.errors);
    const refused = responses.filter((response) => response.body.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused.map(codes)).toEqual(Array.from({ length: 7 }, () => ['BAD_USER_INPUT']));
    expect(refused.map((response) => response.body.errors?.[0]?.message)).toEqual(
      Array.from({ length: 7 }, () => 'the prediction is already OPEN'),
    );
    const after = await history(id);
    expect(after.resolutions.map((entry) => entry.action)).toEqual(['RESOLVE', 'REOPEN']);
    expect(after.status).toBe('OPEN');
  });

  it('8 different resolutions at once form one chain ending in the current status', async () => {
    const id = 'c1-pred-day-of-junior-engineer-work';
    const statuses = ['CORRECT', 'INCORRECT', 'PARTIALLY_CORRECT', 'UNRESOLVABLE'];
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        gql(RESOLVE, { id, status: statuses[i % 4], note: `resolution ${i}` }),
      ),
    );
    expect(responses.map((response) => response.body.errors)).toEqual(
      Array.from({ length: 8 }, () => undefined),
    );
    const after = await history(id);
    expect(after.resolutions).toHaveLength(8);
    expect(after.resolutions[0]?.previousStatus).toBe('OPEN');
    for (let i = 1; i < after.resolutions.length; i += 1) {
      expect(after.resolutions[i]?.previousStatus).toBe(after.resolutions[i - 1]?.status);
    }
    expect(after.resolutions.at(-1)?.status).toBe(after.status);
    expect(new Set(after.resolutions.map((entry) => entry.note)).size).toBe(8);
  });

  it('refuses to reopen an OPEN prediction and records nothing', async () => {
    const id = 'c2-dramatically-more-leverage';
    const before = await history(id);
    expect(before.status).toBe('OPEN');
    const response = await gql(REOPEN, { id, note: 'nothing to reopen' });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0]?.message).toBe('the prediction is already OPEN');
    expect(await history(id)).toEqual(before);
  });
});

describe('the clock and the record', () => {
  it('takes recordedAt and the default resolvedAt from the injected clock, recordedAt as ISO 8601 UTC', async () => {
    const id = 'c2-dramatically-more-leverage';
    const response = await gql(RESOLVE, { id, status: 'INCORRECT', note: 'clocked' });
    expect(response.body.errors).toBeUndefined();
    const [entry] = (await history(id)).resolutions;
    expect(entry?.recordedAt).toBe('2026-03-04T05:06:07.089Z');
    expect(entry?.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
    expect(entry?.resolvedAt).toBe('2026-03-04');
    expect(entry?.recordedBy).toBe('test-editor');
  });

  it('stores the dedupe key as a sha256, never the joined text of the change', async () => {
    const id = 'c2-dramatically-more-leverage';
    expect(
      (await gql(RESOLVE, { id, status: 'CORRECT', note: 'keyed' })).body.errors,
    ).toBeUndefined();
    const rows = await api.db.read<{ key: string }>(
      'MATCH (r:Resolution) RETURN r.dedupeKey AS key',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.key).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('only the dedupe constraint means "already recorded"', () => {
  async function violation(cypher: string): Promise<unknown> {
    return api.db.write(cypher).then(
      () => new Error('no violation'),
      (error: unknown) => error,
    );
  }

  afterEach(async () => {
    await api.db.write(
      "MATCH (r:Resolution) WHERE r.predictionId = 'constraint-test' DETACH DELETE r",
    );
  });

  it('recognises a real dedupeKey violation', async () => {
    await api.db.write(
      "CREATE (:Resolution {id: 'k1', dedupeKey: 'same', predictionId: 'constraint-test'})",
    );
    const error = await violation(
      "CREATE (:Resolution {id: 'k2', dedupeKey: 'same', predictionId: 'constraint-test'})",
    );
    expect(isDedupeViolation(error)).toBe(true);
  });

  it('treats any other constraint failure as an error', async () => {
    await api.db.write(
      "CREATE (:Resolution {id: 'same-id', dedupeKey: 'a', predictionId: 'constraint-test'})",
    );
    const error = await violation(
      "CREATE (:Resolution {id: 'same-id', dedupeKey: 'b', predictionId: 'constraint-test'})",
    );
    expect(error).toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
    expect(isDedupeViolation(error)).toBe(false);
  });
});

describe('read your writes', () => {
  it('gives every session of one request the same bookmarks, through a neo4j:// routing URI', async () => {
    const routed = testDatabase(testNeo4jUri().replace(/^bolt:\/\//, 'neo4j://'));
    try {
      const request = routed.scoped();
      expect([...(await request.bookmarks())]).toEqual([]);
      await request.write("MERGE (n:BookmarkProbe {id: 'probe'}) SET n.seen = true");
      const afterWrite = [...(await request.bookmarks())];
      expect(afterWrite).toHaveLength(1);
      // A read in a new session of the same request waits for that bookmark and sees the write.
      const [row] = await request.read<{ seen: boolean }>(
        "MATCH (n:BookmarkProbe {id: 'probe'}) RETURN n.seen AS seen",
      );
      expect(row?.seen).toBe(true);
      // Another request starts with bookmarks of its own.
      expect([...(await routed.scoped().bookmarks())]).toEqual([]);
    } finally {
      await routed.write('MATCH (n:BookmarkProbe) DELETE n');
      await routed.driver.close();
    }
  });

  it('answers a mutation and its read-back through a neo4j:// URI', async () => {
    const routed = testDatabase(testNeo4jUri().replace(/^bolt:\/\//, 'neo4j://'));
    const routedApp = await createApp({ db: routed, nodeEnv: 'test', tokens: [api.editor.entry] });
    try {
      const routedUrl = await routedApp.listen(0, '127.0.0.1');
      const id = 'c1-pred-conclusive-agent-evidence-by-end-of-2025';
      const response = await postGraphQL(
        routedUrl,
        RESOLVE,
        { id, status: 'UNRESOLVABLE', note: 'via routing' },
        api.editor.headers,
      );
      expect(response.body).toEqual({
        data: { resolvePrediction: { key: id, status: 'UNRESOLVABLE' } },
      });
    } finally {
      await routedApp.close();
      await routed.driver.close();
    }
  });
});
