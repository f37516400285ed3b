/**
 * docs/security.md's "who can do what" table is the code's: each row's operation is called over
 * HTTP as each of the five callers (anonymous, an unknown token, reader, editor, reviewer), and
 * the answer must be what the cell says: `yes` runs (it may refuse its input, here ids that name
 * nothing, so nothing is written), otherwise exactly the cell's code. Every mutation of the
 * schema has its row. Nothing here depends on the bundled corpus: the calls name nothing that
 * exists, so the role check is all that decides between a role refusal and an input refusal.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { buildSchema } from 'graphql';

import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { loadTypeDefs } from '../../src/schema';
import { resetGraph } from '../support/graph';
import { startApp, type RunningApp } from '../support/http';
import { testDatabase } from '../support/neo4j';
import { caller, codes, workbenchTokens, type Call } from '../support/workbench';

const DOC = readFileSync(path.join(PROJECT_ROOT, 'docs', 'security.md'), 'utf8');
const COLUMNS = ['anonymous', 'unknown token', 'reader', 'editor', 'reviewer'] as const;
/** Who each column is, as the workbench helpers name the token holders. */
const WHO: Record<(typeof COLUMNS)[number], string | null> = {
  anonymous: null,
  'unknown token': 'stranger',
  reader: 'rd',
  editor: 'ed',
  reviewer: 'rev1',
};
const NOWHERE = 'no-such-episode#t001';

/** The call each row stands for; its arguments name nothing that exists. */
const CALLS: Record<string, string> = {
  'public reads': '{ claims(first: 1) { totalCount } predictions(first: 1) { totalCount } }',
  'reads with `includeDrafts: true`':
    '{ claims(first: 1, includeDrafts: true) { totalCount } claim(id: "nothing", includeDrafts: true) { key } }',
  createClaim: `mutation { createClaim(input: { turn: "${NOWHERE}", quote: "words", kind: OPINION }) { key } }`,
  updateClaim: 'mutation { updateClaim(id: "no-such-claim", input: { paraphrase: "x" }) { key } }',
  retractClaim: 'mutation { retractClaim(id: "no-such-claim", reason: "x") { key } }',
  reviewClaim: 'mutation { reviewClaim(id: "no-such-claim", verdict: ACCEPT) { key } }',
  createEntity:
    'mutation { createEntity(input: { episode: "no-such-episode", type: CONCEPT, name: "Nothing At All" }) { key } }',
  addMention: `mutation { addMention(input: { turn: "${NOWHERE}", entity: "nothing", form: "x" }) { start } }`,
  createExclusion: `mutation { createExclusion(input: { turn: "${NOWHERE}", quote: "x", reason: "x" }) { key } }`,
  removeExclusion: 'mutation { removeExclusion(id: "no-such-exclusion") }',
  resolvePrediction:
    'mutation { resolvePrediction(id: "no-such-prediction", status: CORRECT, evidence: { url: "https://example.org/x" }) { key } }',
  reopenPrediction: 'mutation { reopenPrediction(id: "no-such-prediction", note: "x") { key } }',
};

interface Row {
  operation: string;
  cells: Record<(typeof COLUMNS)[number], string>;
}

/** The table under "## Who can do what", row by row. */
function table(): Row[] {
  const section = DOC.slice(DOC.indexOf('## Who can do what'));
  const start = section.indexOf('| operation');
  const lines = section.slice(start, section.indexOf('\n\n', start)).split('\n');
  const header = (lines[0] ?? '')
    .split('|')
    .slice(2, -1)
    .map((cell) => cell.trim());
  expect(header).toEqual([...COLUMNS]);
  return lines.slice(2).map((line) => {
    const [operation = '', ...cells] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    return {
      operation,
      cells: Object.fromEntries(
        COLUMNS.map((column, i) => [column, cells[i] ?? '']),
      ) as Row['cells'],
    };
  });
}

/** The row's call: a mutation's name in backticks, or the read rows by their opening words. */
function callOf(row: Row): string {
  const named = /^`(\w+)`$/.exec(row.operation)?.[1];
  const key = named ?? Object.keys(CALLS).find((prefix) => row.operation.startsWith(prefix));
  const query = key === undefined ? undefined : CALLS[key];
  if (query === undefined) throw new Error(`no call for the row "${row.operation}"`);
  return query;
}

let db: Database;
let running: RunningApp;
let call: Call;

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  const { tokens, bearer } = workbenchTokens();
  running = await startApp(db, 'test', { tokens });
  call = caller(running.url, { ...bearer, stranger: 'cg_not-a-token-anyone-was-given' });
});

afterAll(async () => {
  await running.app.close();
  await db.driver.close();
});

it('has a row for every mutation of the schema', () => {
  const schema = buildSchema(loadTypeDefs());
  const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
  const rows = table()
    .map((row) => /^`(\w+)`$/.exec(row.operation)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
  expect(mutations.length).toBeGreaterThan(0);
  expect(rows).toEqual(mutations);
});

it('answers each call in the table as the table says, for each of the five callers', async () => {
  const seen: string[] = [];
  for (const row of table()) {
    const query = callOf(row);
    for (const column of COLUMNS) {
      const answer = await call(query, {}, WHO[column]);
      const all = codes(answer);
      const got = all.filter((code) => code === 'UNAUTHENTICATED' || code === 'FORBIDDEN');
      const cell = row.cells[column];
      seen.push(`${row.operation} / ${column}: ${got.join(',') || 'yes'}`);
      // yes: no refusal by role (an input refusal is fine); otherwise that code and nothing else.
      expect({ row: row.operation, column, codes: cell.startsWith('yes') ? got : all }).toEqual({
        row: row.operation,
        column,
        codes: cell.startsWith('yes') ? [] : [cell],
      });
    }
  }
  // Nothing was written by any of them.
  const [written] = await db.read<{ n: number }>(
    'MATCH (n) WHERE n:ClaimDraft OR n:Entity OR n:Exclusion OR n:Revision OR n:Resolution RETURN count(n) AS n',
  );
  expect(written?.n).toBe(0);
  expect(seen).toHaveLength(table().length * COLUMNS.length);
});
