import { benchCases, DEEP_CYPHER, FIXTURE_CYPHER, type Fixture } from '../../bench/cases';
import { toCypherParams, type Database, type Params } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { nameKey } from '../../src/domain/name-key';
import { importFiles } from '../../src/ingest/import-corpus';
import { SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { postGraphQL, startApp, type RunningApp } from '../support/http';
import { testDatabase } from '../support/neo4j';

/**
 * The benchmark's queries (bench/cases.ts), pinned where load does not matter: each takes at
 * most two statements in one transaction; its statements reach their rows through indexes
 * (EXPLAIN shows no label scan); and the Cypher and parameters they send are snapshotted, as
 * @neo4j/graphql's TCK pins each translation, so a change to a hot statement shows in review.
 */
let db: Database;
let running: RunningApp;
let fixture: Fixture;

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, [SEED_DIR]);
  running = await startApp(db);
  const [row] = await db.read<{
    claimId: string;
    speakerId: string;
    hubId: string;
    claims: number;
  }>(FIXTURE_CYPHER);
  if (row === undefined) throw new Error('the seed graph is empty');
  const skip = Math.floor(row.claims * 0.8);
  const [deep] = await db.read<{ deepSortKey: string }>(DEEP_CYPHER, { skip });
  fixture = {
    ...row,
    deepSortKey: deep?.deepSortKey ?? '',
    deepOffset: skip,
    dueAfter: '2019-01-01',
  };
});

afterAll(async () => {
  await running.app.close();
  await db.driver.close();
});

interface Sent {
  cypher: string;
  params: Params;
}

/** The statements one request sends, and the transactions it begins. */
async function send(body: { query: string; variables: Params }): Promise<{
  statements: Sent[];
  transactions: number;
}> {
  const statements: Sent[] = [];
  db.onStatement = (cypher, params) => statements.push({ cypher, params });
  const transactions = db.transactions;
  try {
    const { status, body: answer } = await postGraphQL(running.url, body.query, body.variables);
    expect(status).toBe(200);
    expect(answer.errors).toBeUndefined();
  } finally {
    db.onStatement = undefined;
  }
  return { statements, transactions: db.transactions - transactions };
}

/** Values that come from the graph at hand become their fixture names, so snapshots hold. */
function anonymous(value: unknown): unknown {
  const names = new Map<unknown, string>(
    Object.entries(fixture).flatMap(([name, fixed]) => [
      [fixed, `<${name}>`],
      ...(typeof fixed === 'string' ? [[nameKey(fixed), `<key of ${name}>`] as const] : []),
    ]),
  );
  const walk = (v: unknown): unknown => {
    if (names.has(v)) return names.get(v);
    if (typeof v === 'string' && v.length > 40 && /^[A-Za-z0-9_-]+$/.test(v)) return '<cursor>';
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]));
    }
    return v;
  };
  return walk(value);
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, string>;
  children: PlanNode[];
}

async function operators(sent: Sent): Promise<string[]> {
  const session = db.driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`EXPLAIN ${sent.cypher}`, toCypherParams(sent.params));
    const walk = (node: PlanNode): string[] => [
      `${node.operatorType.replace(/@.*$/, '')} ${String(node.arguments.Details ?? '')}`,
      ...node.children.flatMap(walk),
    ];
    return result.summary.plan === false ? [] : walk(result.summary.plan);
  } finally {
    await session.close();
  }
}

describe('the benchmark queries', () => {
  const cases = (): ReturnType<typeof benchCases> => benchCases(fixture);
  const names = benchCases({
    claimId: '',
    speakerId: '',
    hubId: '',
    deepSortKey: '',
    deepOffset: 0,
    dueAfter: '',
  }).map((c) => c.name);

  it.each(names)('%s: at most 2 statements, in one transaction', async (name) => {
    const c = cases().find((candidate) => candidate.name === name);
    if (c === undefined) throw new Error(name);
    const { statements, transactions } = await send(c.graphql);
    expect(statements.length).toBeGreaterThanOrEqual(1);
    expect(statements.length).toBeLessThanOrEqual(2);
    expect(transactions).toBe(1);
  });

  // The entity and people pools grow far slower than the corpus; the dashboard ranks them
  // whole (most cited) by degree. Every other read goes through an index.
  const POOLS = /^NodeByLabelScan \w+:(Entity|Person)$/;

  it.each(names)('%s: reads through indexes, no label scan', async (name) => {
    const c = cases().find((candidate) => candidate.name === name);
    if (c === undefined) throw new Error(name);
    const { statements } = await send(c.graphql);
    for (const sent of statements) {
      const plan = await operators(sent);
      const scans = plan.filter((op) => /^(NodeByLabelScan|AllNodesScan)/.test(op));
      expect(scans.filter((op) => !POOLS.test(op.trim()))).toEqual([]);
    }
  });

  it.each(names)('%s: sends the Cypher it sent before', async (name) => {
    const c = cases().find((candidate) => candidate.name === name);
    if (c === undefined) throw new Error(name);
    const { statements } = await send(c.graphql);
    expect(
      statements.map((sent) => ({ cypher: sent.cypher.trim(), params: anonymous(sent.params) })),
    ).toMatchSnapshot();
  });
});
