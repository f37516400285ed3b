import { postGraphQL } from '../support/http';
import { seededApp } from '../support/seeded-app';

interface Connection {
  totalCount?: number;
  edges: { cursor: string; node: { key: string } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const PAGE =
  'edges { cursor node { key } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

const running = seededApp();

describe('Relay connections: last/before and first: 0', () => {
  async function page(field: string, args: Record<string, unknown>): Promise<Connection> {
    const { body } = await postGraphQL<Record<string, Connection>>(
      running.url,
      `query ($first: Int, $after: String, $last: Int, $before: String) {
        ${field}(first: $first, after: $after, last: $last, before: $before) { totalCount ${PAGE} } }`,
      args,
    );
    if (body.errors || !body.data?.[field]) throw new Error(JSON.stringify(body.errors));
    return body.data[field];
  }

  it.each(['predictions', 'claims', 'entities'])(
    '%s: walking backward with last/before gives the forward walk reversed',
    async (field) => {
      const forward: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 100; i += 1) {
        const got = await page(field, { first: 7, after });
        forward.push(...got.edges.map((edge) => edge.node.key));
        if (!got.pageInfo.hasNextPage) break;
        after = got.pageInfo.endCursor;
      }
      const backward: string[] = [];
      let before: string | null = null;
      for (let i = 0; i < 100; i += 1) {
        const got = await page(field, { last: 7, before });
        // Each backward page is itself in forward order, and the pages come last first.
        backward.unshift(...got.edges.map((edge) => edge.node.key));
        if (!got.pageInfo.hasPreviousPage) break;
        before = got.pageInfo.startCursor;
      }
      expect(forward.length).toBeGreaterThan(7);
      expect(backward).toEqual(forward);
    },
  );

  it('first: 0 gives only totalCount and pageInfo', async () => {
    const got = await page('predictions', { first: 0 });
    expect(got.edges).toEqual([]);
    const [stored] = await running.db.read<{ n: number }>(
      'MATCH (c:Prediction) RETURN count(c) AS n',
    );
    expect(got.totalCount).toBe(stored?.n);
    expect(got.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('refuses first and last together, and a cursor from another connection', async () => {
    const both = await postGraphQL(running.url, '{ claims(first: 2, last: 2) { totalCount } }');
    expect(both.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const claims = await page('claims', { first: 1 });
    const foreign = await postGraphQL(
      running.url,
      'query ($c: String) { predictions(last: 2, before: $c) { totalCount } }',
      { c: claims.pageInfo.endCursor },
    );
    expect(foreign.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("nested connections page backward too: a person's claims", async () => {
    const query = `query ($last: Int, $before: String) { person(id: "sholto-douglas") {
      claims(last: $last, before: $before) { ${PAGE} } } }`;
    const keys: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 100; i += 1) {
      const response: { body: { data?: { person: { claims: Connection } } | null } } =
        await postGraphQL<{ person: { claims: Connection } }>(running.url, query, {
          last: 25,
          before,
        });
      const got: Connection | undefined = response.body.data?.person.claims;
      if (!got) throw new Error('no claims page');
      keys.unshift(...got.edges.map((edge) => edge.node.key));
      if (!got.pageInfo.hasPreviousPage) break;
      before = got.pageInfo.startCursor;
    }
    const [stored] = await running.db.read<{ n: number }>(
      "MATCH (c:Claim {speakerId: 'sholto-douglas'}) RETURN count(c) AS n",
    );
    expect(keys).toHaveLength(stored?.n ?? -1);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
