import { seededApp } from '../support/seeded-app';

type Data = Record<string, unknown>;
interface Connection {
  totalCount?: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

const api = seededApp();

function ok(query: string, variables: Data = {}): Promise<Data> {
  return api.ok(query, variables);
}

async function codeOf(query: string, variables: Data = {}): Promise<string | undefined> {
  const { body } = await api.gql(query, variables);
  return body.errors?.[0]?.extensions?.code;
}

/** `pick` finds the connection in a response; `query` takes $first and $after. */
async function walk(
  query: string,
  pick: (data: Data) => Connection,
  size: number,
): Promise<{ ids: string[]; pages: Connection[] }> {
  const ids: string[] = [];
  const pages: Connection[] = [];
  let after: string | null = null;
  for (let i = 0; i < 200; i += 1) {
    const page = pick(await ok(query, { first: size, after }));
    pages.push(page);
    ids.push(...page.edges.map((edge) => edge.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, pages };
}

const ORDERS = ['EPISODE_ORDER', 'DEADLINE_ASC', 'DEADLINE_DESC', 'CONFIDENCE_DESC'];

describe('keyset pages', () => {
  it.each(ORDERS)('walk predictions in %s exactly as one page lists them', async (order) => {
    const query = `query ($first: Int, $after: String) {
      predictions(orderBy: ${order}, first: $first, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const whole = await walk(query, (d) => d.predictions as Connection, 100);
    const paged = await walk(query, (d) => d.predictions as Connection, 3);
    expect(whole.ids.length).toBe(whole.pages[0]?.totalCount);
    expect(paged.ids).toEqual(whole.ids);
    expect(paged.pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual(
      paged.pages.map((_p, i) => i > 0),
    );
  });

  it('walks every claim, an entity ordering and nested lists without gaps or repeats', async () => {
    const claims = await walk(
      `query ($first: Int, $after: String) { claims(first: $first, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
      (d) => d.claims as Connection,
      40,
    );
    expect(new Set(claims.ids).size).toBe(claims.ids.length);
    expect(claims.ids.length).toBe(claims.pages[0]?.totalCount);
    expect(claims.ids.length).toBeGreaterThan(100);

    for (const order of ['CITATIONS_DESC', 'NAME_ASC', 'CLAIMS_DESC']) {
      const query = `query ($first: Int, $after: String) { entities(orderBy: ${order}, first: $first, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
      const whole = await walk(query, (d) => d.entities as Connection, 100);
      const paged = await walk(query, (d) => d.entities as Connection, 9);
      expect(paged.ids).toEqual(whole.ids);
      expect(new Set(paged.ids).size).toBe(whole.pages[0]?.totalCount);
    }

    const nested = await walk(
      `query ($first: Int, $after: String) { person(id: "sholto-douglas") { claims(first: $first, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`,
      (d) => (d.person as { claims: Connection }).claims,
      7,
    );
    expect(new Set(nested.ids).size).toBe(nested.pages[0]?.totalCount);
  });

  it('answers pageInfo without totalCount when it is not selected', async () => {
    const data = await ok('{ claims(first: 2) { pageInfo { hasNextPage endCursor } } }');
    expect((data.claims as Connection).pageInfo.hasNextPage).toBe(true);
  });
});

describe('cursors belong to their connection', () => {
  async function cursorOf(query: string, pick: (d: Data) => Connection): Promise<string> {
    const cursor = pick(await ok(query)).edges[1]?.cursor;
    if (cursor === undefined) throw new Error('no cursor');
    return cursor;
  }

  it('refuses a cursor from another connection, another order, an edit or an old format', async () => {
    const prediction = await cursorOf(
      '{ predictions(first: 3) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }',
      (d) => d.predictions as Connection,
    );
    const claims = '($after: String) { claims(first: 2, after: $after) { edges { node { id } } } }';
    expect(await codeOf(`query ${claims}`, { after: prediction })).toBe('BAD_USER_INPUT');
    expect(
      await codeOf(
        'query ($after: String) { predictions(orderBy: DEADLINE_ASC, after: $after) { edges { node { id } } } }',
        { after: prediction },
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      await codeOf(
        'query ($after: String) { person(id: "sholto-douglas") { predictions(after: $after) { edges { node { id } } } } }',
        { after: prediction },
      ),
    ).toBe('BAD_USER_INPUT');

    const inside = Buffer.from(prediction, 'base64url').toString('utf8');
    const tampered = Buffer.from(inside.replace(/ \d/, ' 9'), 'utf8').toString('base64url');
    expect(tampered).not.toBe(prediction);
    const edited =
      'query ($after: String) { predictions(after: $after) { edges { node { id } } } }';
    expect(await codeOf(edited, { after: tampered })).toBe('BAD_USER_INPUT');
    expect(await codeOf(edited, { after: Buffer.from('o:4').toString('base64url') })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await codeOf(edited, { after: prediction })).toBeUndefined();
  });
});
