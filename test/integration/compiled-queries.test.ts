import type { Database, Params } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { importFiles } from '../../src/ingest/import-corpus';
import { SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { postGraphQL, startApp, type RunningApp } from '../support/http';
import { testDatabase } from '../support/neo4j';

/**
 * Compiled queries (src/resolvers/shapes.ts) must answer exactly what the loaders answer: the
 * same server with compilation off serves as the oracle, on queries that select every field of
 * the compiled types, through fragments, aliases, nested pages and cursors. Then the hot shapes
 * are pinned: statements and transactions per request, and their Cypher and parameters (as
 * @neo4j/graphql's TCK pins its translations).
 */
let db: Database;
let compiled: RunningApp;
let loaded: RunningApp;
let hub: string;
let leaf: string;
let claimWithRelations: string;
let speaker: string;

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, [SEED_DIR]);
  compiled = await startApp(db);
  loaded = await startApp(db, 'test', { compiled: false });
  const [row] = await db.read<{ hub: string; leaf: string; related: string; speaker: string }>(`
    CALL () { MATCH (x:Entity) RETURN x.id AS hub ORDER BY COUNT { (x)<-[:ABOUT]-(:Claim) } DESC, x.id LIMIT 1 }
    CALL () { MATCH (x:Entity) WHERE COUNT { (x)<-[:ABOUT]-(:Claim) } = 2 RETURN x.id AS leaf ORDER BY x.id LIMIT 1 }
    CALL () { MATCH (c:Claim) RETURN c.id AS related ORDER BY COUNT { (c)-[:SUPPORTS|CONTRADICTS|REFINES|ANSWERS|ENDORSES]-(:Claim) } DESC, c.id LIMIT 1 }
    CALL () { MATCH (c:Prediction) RETURN c.speakerId AS speaker ORDER BY c.speakerId LIMIT 1 }
    RETURN hub, leaf, related, speaker`);
  if (row === undefined) throw new Error('the seed graph is empty');
  ({ hub, leaf, speaker } = row);
  claimWithRelations = row.related;
});

afterAll(async () => {
  await compiled.app.close();
  await loaded.app.close();
  await db.driver.close();
});

const ENTITY = `id key name type aliases surfaceForms description externalIds { key value } year
  mentionCount person { id name }`;
const TURN = `id key position text speaker { id name } section { id key title position episode { id title } }
  episode { id key title airDate }`;
const CLAIM = `id key kind quote quoteStart quoteEnd paraphrase topics
  speaker { id key name description trackRecord { total open } }
  attributedTo { person { id name } group } attributionDoubt { id kind }
  turn { ${TURN} } episode { id key title airDate editorialNote turnCount claimCount }
  about(first: 3) { ${ENTITY} }
  relations { id type direction claim { id quote speaker { name } turn { position } } }
  prediction { id deadline status }`;
const PREDICTION = `id key quote paraphrase horizon dueDate deadline status conditional conditions
  resolutionCriteria topics window { from to } confidence { hedges bucket probability override }
  attributedTo { person { name } group } attributionDoubt { id }
  speaker { id name } turn { ${TURN} } episode { id title } about { id name }
  claim { id kind relations(first: 2) { type claim { id } } } endorsedBy { person { name } quote }
  resolutions { id status }`;
const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** Each query, by name, with its variables (from the graph at hand). */
function queries(): [string, string, () => Params][] {
  return [
    [
      'a page of predictions, every field',
      `query ($speaker: String) { predictions(filter: { speaker: $speaker, dueAfter: "2000-01-01" }, orderBy: DEADLINE_ASC, first: 5) {
        ${PAGE} edges { cursor node { ...P } } } }
       fragment P on Prediction { ${PREDICTION} }`,
      () => ({ speaker }),
    ],
    [
      'predictions in every order, backward too',
      `{ a: predictions(orderBy: DEADLINE_DESC, first: 7) { ${PAGE} edges { cursor node { id quote speaker { name } } } }
         b: predictions(orderBy: CONFIDENCE_DESC, last: 4) { ${PAGE} edges { cursor node { id confidence { probability } } } }
         c: predictions(filter: { dated: true }, orderBy: DEADLINE_ASC, first: 3) { edges { node { id deadline turn { position } } } } }`,
      () => ({}),
    ],
    [
      'a page of claims, every field',
      `{ claims(first: 25) { ${PAGE} edges { cursor node { ${CLAIM} } } } }`,
      () => ({}),
    ],
    [
      'a hub entity and its claims, with an alias of another size',
      `query ($id: ID) { entity(id: $id) { ${ENTITY}
         claims(first: 6) { ${PAGE} edges { cursor node { ...C } } }
         few: claims(first: 2) { edges { node { id quote } } } } }
       fragment C on Claim { ${CLAIM} }`,
      () => ({ id: hub }),
    ],
    [
      'a small entity and its claims, backward',
      `query ($id: ID) { entity(id: $id) { name claims(last: 1) { ${PAGE} edges { cursor node { id quote about { name } } } } } }`,
      () => ({ id: leaf }),
    ],
    [
      'a claim with its relations',
      `query ($id: ID!) { claim(id: $id) { ${CLAIM} } other: claim(id: "no-such-claim") { id } }`,
      () => ({ id: claimWithRelations }),
    ],
    [
      'a prediction, and a claim asked for as a prediction',
      `query ($id: ID!) { prediction(id: $id) { id quote } }`,
      () => ({ id: claimWithRelations }),
    ],
    [
      'a person with pages of claims and predictions',
      `query ($id: ID) { person(id: $id) { id name claims(first: 3) { ${PAGE} edges { node { ${CLAIM} } } }
         predictions(first: 2) { edges { node { id deadline speaker { name } } } } asEntity { ${ENTITY} } } }`,
      () => ({ id: speaker }),
    ],
  ];
}

async function answer(app: RunningApp, query: string, variables: Params): Promise<unknown> {
  const { status, body } = await postGraphQL(app.url, query, variables);
  expect(status).toBe(200);
  // extensions.cost tells what is left of the client's budget, which the other run spent.
  const { extensions: _cost, ...answer } = body as Record<string, unknown>;
  return answer;
}

describe('compiled queries answer what the loaders answer', () => {
  it.each(queries())('%s', async (_name, query, variables) => {
    const expected = await answer(loaded, query, variables());
    expect(JSON.stringify(expected)).not.toContain('"errors"');
    expect(await answer(compiled, query, variables())).toEqual(expected);
  });

  it('walks to the next page of a hub with the cursors it gave', async () => {
    const query = `query ($id: ID, $after: String) { entity(id: $id) { claims(first: 4, after: $after) {
      edges { cursor node { id speaker { name } } } pageInfo { endCursor hasNextPage } } } }`;
    type Answer = { data: { entity: { claims: { pageInfo: { endCursor: string } } } } };
    const first = (await answer(compiled, query, { id: hub })) as Answer;
    const after = first.data.entity.claims.pageInfo.endCursor;
    expect(await answer(compiled, query, { id: hub, after })).toEqual(
      await answer(loaded, query, { id: hub, after }),
    );
  });

  it('refuses a foreign cursor on a compiled nested page as the loaders do', async () => {
    const query = `query ($id: ID, $after: String) { entity(id: $id) { name claims(first: 2, after: $after) { edges { node { id } } } } }`;
    const foreign = Buffer.from('["k1","claims/EPISODE_ORDER",["x"],"abc"]').toString('base64url');
    const mine = (await answer(compiled, query, { id: hub, after: foreign })) as {
      errors: { extensions: { code: string } }[];
    };
    expect(mine.errors.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(mine).toEqual(await answer(loaded, query, { id: hub, after: foreign }));
  });
});
