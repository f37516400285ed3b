import { seededApp } from '../support/seeded-app';

type Data = Record<string, unknown>;

const api = seededApp();
const ok = <T = Data>(query: string, variables: Data = {}): Promise<T> =>
  api.ok<T>(query, variables);

describe('reported speech', () => {
  it('voices a quoted person through the panelist who said the words', async () => {
    const data = await ok<{ claims: { edges: { node: Data }[] } }>(
      `{ claims(filter: { attributedTo: "jensen huang" }) { edges { node {
          key speaker { name } attributedTo { person { name } group } } } } }`,
    );
    expect(data.claims.edges.map((edge) => edge.node)).toEqual([
      {
        key: 'c2-huang-still-useful',
        speaker: { name: 'Sholto Douglas' },
        attributedTo: { person: { name: 'Jensen Huang' }, group: null },
      },
    ]);
    const person = await ok<{ person: { claims: { totalCount: number } } }>(
      '{ person(name: "Jensen Huang") { claims { totalCount } } }',
    );
    expect(person.person.claims.totalCount).toBe(0);
  });

  it('attributes a reported forecast to an unnamed group, outside the speaker track record', async () => {
    const data = await ok<{
      predictions: { edges: { node: Data }[] };
      person: { trackRecord: { total: number } };
    }>(
      `{ predictions(filter: { attributedTo: "heard" }) { edges { node {
          key speaker { name } attributedTo { person { name } group } } } }
         person(name: "Dwarkesh") { trackRecord { total } } }`,
    );
    expect(data.predictions.edges.map((edge) => edge.node)).toEqual([
      {
        key: 'c2-reported-inference-bottleneck-for-agi',
        speaker: { name: 'Dwarkesh Patel' },
        attributedTo: { person: null, group: 'people whose arguments the host has heard' },
      },
    ]);
    expect(data.person.trackRecord.total).toBe(0);
  });
});

/** Every claim of the graph, a page of 100 at a time (bounded: at most 10 pages). */
async function allClaims(fields: string): Promise<Data[]> {
  const nodes: Data[] = [];
  let after: string | null = null;
  for (let page = 0; page < 10; page += 1) {
    const data: {
      claims: { edges: { node: Data }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    } = await ok(
      `query($after: String) { claims(first: 100, after: $after) {
         edges { node { ${fields} } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    nodes.push(...data.claims.edges.map((edge) => edge.node));
    if (!data.claims.pageInfo.hasNextPage) break;
    after = data.claims.pageInfo.endCursor;
  }
  return nodes;
}

describe('attribution doubts', () => {
  it('warns on the claims that rest on a doubted speaker label, and only on them', async () => {
    const claims = await allClaims('key attributionDoubt { key kind turns { position } }');
    const doubted = claims.filter((claim) => claim.attributionDoubt !== null);
    expect(new Set(doubted.map((claim) => claim.key))).toEqual(
      new Set([
        'c2-trenton-rag-for-lawyers-idea',
        'c2-dwarkesh-backed-podcast',
        'c2-open-problem-question',
        'c2-build-on-scaling-scaling-laws',
        'c2-pass-at-k-research-question',
        'c2-scaling-laws-for-rl-research',
        'c2-meta-learning-marginal-increase',
      ]),
    );
    expect(claims.find((claim) => claim.key === 'c2-build-on-scaling-scaling-laws')).toEqual({
      key: 'c2-build-on-scaling-scaling-laws',
      attributionDoubt: {
        key: 'rl-agi-2025-attribution-t090-t091',
        kind: 'attribution',
        turns: [{ position: 90 }, { position: 91 }],
      },
    });
    // Same turn as the doubted question, but outside its span: not in doubt.
    expect(claims.find((claim) => claim.key === 'c2-you-can-work-on-ai')?.attributionDoubt).toBe(
      null,
    );
  });
});

describe('endorsements and resolution criteria', () => {
  it('shows who backs a forecast, with their words', async () => {
    const data = await ok<{ prediction: Data }>(
      `{ prediction(id: "c1-pred-day-of-junior-engineer-work") {
          endorsedBy { person { name } quote claim { key } } confidence { bucket override } } }`,
    );
    expect(data.prediction).toEqual({
      endorsedBy: [
        {
          person: { name: 'Dwarkesh Patel' },
          quote: 'That seems right to me.',
          claim: { key: 'c1-dwarkesh-agrees-with-day-of-work-prediction' },
        },
      ],
      confidence: { bucket: 'ALMOST_CERTAIN', override: null },
    });
  });

  it('gives resolution criteria for every dated prediction', async () => {
    const data = await ok<{ predictions: { totalCount: number; edges: { node: Data }[] } }>(
      '{ predictions(filter: { dated: true }) { totalCount edges { node { key resolutionCriteria } } } }',
    );
    expect(data.predictions.totalCount).toBe(2);
    for (const edge of data.predictions.edges) {
      expect(edge.node.resolutionCriteria).toEqual(expect.stringContaining('CORRECT'));
    }
  });
});

describe('names as people type them', () => {
  // Every form below misses on a case-insensitive comparison of names, aliases and forms.
  it.each([
    ['accents', 'Claude Plays Pokemon', 'claude-plays-pokemon'],
    ['spacing', 'Claude PlaysPokémon', 'claude-plays-pokemon'],
    ['case and spacing', 'CLAUDEPLAYS POKÉMON', 'claude-plays-pokemon'],
    ['accents, alone', 'POKEMON', 'pokemon'],
    ['punctuation', 'Claude-Plays-Pokemon!', 'claude-plays-pokemon'],
    ['CamelCase spaced out', 'Deep Seek', 'deepseek'],
    ['punctuation of a notation', 'PASS-AT-K.', 'pass-at-k'],
    [
      'a title with other punctuation',
      'scaling scaling laws: for board-games',
      'scaling-scaling-laws-with-board-games',
    ],
    ['an alias the key cannot reach', 'Compute-Unified Device Architecture', 'cuda'],
  ])('entity(name) folds %s: "%s"', async (_what, typed, key) => {
    const data = await ok<{ entity: { key: string } | null }>(
      'query($name: String!) { entity(name: $name) { key } }',
      { name: typed },
    );
    expect(data.entity?.key).toBe(key);
  });

  it('folds names in person lookup and in the speaker and entity filters', async () => {
    const data = await ok<{
      person: { key: string } | null;
      predictions: { totalCount: number };
      exact: { totalCount: number };
      claims: { totalCount: number };
    }>(
      `{ person(name: "sholto-DOUGLAS") { key }
         predictions(filter: { speaker: "SholtoDouglas" }) { totalCount }
         exact: predictions(filter: { speaker: "sholto-douglas" }) { totalCount }
         claims(filter: { entity: "claude plays pokemon" }) { totalCount } }`,
    );
    expect(data.person?.key).toBe('sholto-douglas');
    expect(data.predictions.totalCount).toBe(data.exact.totalCount);
    expect(data.predictions.totalCount).toBeGreaterThan(0);
    expect(data.claims.totalCount).toBeGreaterThan(0);
  });

  it('finds entities in full-text search whichever way the name is written', async () => {
    for (const [query, id] of [
      ['Pokemon', 'pokemon'],
      ['Pokémon', 'pokemon'],
      ['Claude Plays Pokemon', 'claude-plays-pokemon'],
    ] as const) {
      const data = await ok<{ search: { entity: { key: string } | null }[] }>(
        'query($q: String!) { search(query: $q, types: [ENTITY], first: 5) { entity { key } } }',
        { q: query },
      );
      expect(data.search.map((hit) => hit.entity?.key)).toContain(id);
    }
  });
});
