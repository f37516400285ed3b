/**
 * @jest-environment-options {"customExportConditions": ["development", "node", "require", "default"]}
 */
/**
 * The real Apollo Client 4 and urql (graphcache) against the real server, set up exactly as the
 * README and docs/clients/ publish. Each test also fails on any warning the client prints: the
 * cache warnings are how these clients say an API's identity model is broken.
 */
import {
  ApolloClient,
  ApolloLink,
  gql as apolloGql,
  HttpLink,
  InMemoryCache,
  type TypedDocumentNode,
} from '@apollo/client';
import { cacheExchange } from '@urql/exchange-graphcache';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { Client, fetchExchange, gql as urqlGql } from '@urql/core';

import { claimgraphCache } from '../../docs/clients/apollo';
import { CLAIMGRAPH_FETCH_OPTIONS, graphcacheWithSchema } from '../../docs/clients/urql';
import { loadTypeDefs } from '../../src/schema';
import { seededApp } from '../support/seeded-app';

/** What `npm run schema:print -- --introspection` prints. */
const SCHEMA = introspectionFromSchema(buildSchema(loadTypeDefs()));

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
interface PredictionPage {
  predictions: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; key: string; quote: string } }[];
    pageInfo: PageInfo;
  };
}

const PAGE = `query Page($after: String) {
  predictions(first: 2, after: $after) {
    totalCount
    edges { cursor node { id key quote } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const PERSON_FIRST = `query PersonFirst {
  person(id: "sholto-douglas") {
    id key name
    trackRecord { id total open }
    predictions(first: 2) { edges { node { id claim { id key } confidence { bucket hedges } } } }
  }
}`;

const PERSON_SECOND = `query PersonSecond {
  person(id: "sholto-douglas") {
    id
    trackRecord { id resolved brierScore }
    predictions(first: 2) { edges { node { id confidence { probability } window { from to } } } }
    asEntity { id key mentionCount }
  }
}`;

const STATUS = `query Status($id: ID!) { prediction(id: $id) { id status resolutions { id status } } }`;

const RESOLVE = `mutation Resolve($id: ID!) {
  resolvePrediction(id: $id, status: CORRECT, evidence: { url: "https://example.org/e" }, resolvedAt: "2026-01-15") {
    id status resolutions { id status }
  }
}`;

const api = seededApp();
const editorToken = api.editor.token;

describe('clients: Apollo Client 4 and urql against the real server', () => {
  let warnings: string[];
  let warn: jest.SpyInstance;
  let error: jest.SpyInstance;
  let allKeys: string[];

  beforeAll(async () => {
    const all = await api.gql<{ predictions: { edges: { node: { key: string } }[] } }>(
      '{ predictions(first: 100) { edges { node { key } } } }',
    );
    allKeys = (all.body.data?.predictions.edges ?? []).map((edge) => edge.node.key);
  });

  beforeEach(() => {
    warnings = [];
    const record = (...args: unknown[]): void => {
      warnings.push(args.map(String).join(' '));
    };
    warn = jest.spyOn(console, 'warn').mockImplementation(record);
    error = jest.spyOn(console, 'error').mockImplementation(record);
  });

  afterEach(() => {
    warn.mockRestore();
    error.mockRestore();
  });

  describe('Apollo Client 4 with the published type policies', () => {
    // One test here resolves a prediction; the next describe starts from the corpus again.
    afterAll(() => api.restore());

    const apollo = (token?: string) =>
      new ApolloClient({
        cache: claimgraphCache(),
        link: ApolloLink.from([
          new HttpLink({
            uri: api.url,
            headers: token ? { authorization: `Bearer ${token}` } : {},
          }),
        ]),
      });

    it('prints its development warnings here (the canary for every test below)', () => {
      // Apollo's development build warns only when loaded with the "development" condition.
      const bare = new InMemoryCache();
      const write = (field: string) =>
        bare.writeQuery({
          query: apolloGql(`{ person { id trackRecord { ${field} } } }`),
          data: {
            person: {
              __typename: 'Person',
              id: '1',
              trackRecord: { __typename: 'TrackRecord', [field]: 1 },
            },
          },
        });
      write('total');
      write('open');
      expect(warnings.join('\n')).toContain('Cache data may be lost when replacing the %s field');
    });

    it('walks every page with fetchMore, merged by relayStylePagination, no gaps or duplicates', async () => {
      expect(allKeys.length).toBeGreaterThan(4);
      const client = apollo();
      const query: TypedDocumentNode<PredictionPage, { after?: string | null }> = apolloGql(PAGE);
      const observable = client.watchQuery({ query, variables: {} });
      const subscription = observable.subscribe(() => undefined);
      try {
        let pageInfo = (await client.query({ query, variables: {} })).data?.predictions.pageInfo;
        let pages = 1;
        while (pageInfo?.hasNextPage && pages < 50) {
          const next = await observable.fetchMore({ variables: { after: pageInfo.endCursor } });
          pageInfo = next.data?.predictions.pageInfo;
          pages += 1;
        }
        const merged = client.readQuery({ query, variables: {} });
        const keys = merged?.predictions.edges.map((edge) => edge.node.key) ?? [];
        expect(keys).toEqual(allKeys);
        expect(new Set(merged?.predictions.edges.map((edge) => edge.node.id)).size).toBe(
          keys.length,
        );
        expect(pages).toBe(Math.ceil(allKeys.length / 2));
        expect(warnings).toEqual([]);
      } finally {
        subscription.unsubscribe();
      }
    });

    it('keeps the fields of a first query when an overlapping second one arrives', async () => {
      const client = apollo();
      const first = apolloGql(PERSON_FIRST);
      const before = await client.query({ query: first });
      await client.query({ query: apolloGql(PERSON_SECOND) });
      // Both answers are in the cache together: the first query is still whole.
      const after = client.readQuery({ query: first });
      expect(after).toEqual(before.data);
      expect(warnings).toEqual([]);
    });

    it('keeps a prediction and its claim, a person and their entity, apart', async () => {
      const client = apollo();
      const { data } = await client.query({ query: apolloGql(PERSON_FIRST) });
      const second = await client.query({ query: apolloGql(PERSON_SECOND) });
      const person = (data as { person: { id: string; key: string } }).person;
      const entity = (second.data as { person: { asEntity: { id: string; key: string } } }).person
        .asEntity;
      expect(entity.key).toBe(person.key);
      expect(entity.id).not.toBe(person.id);
      const cache = client.cache.extract() as Record<string, { __typename?: string }>;
      const typesOf = (prefix: string) =>
        Object.keys(cache).filter((id) => id.startsWith(prefix)).length;
      expect(typesOf('Prediction:')).toBe(2);
      expect(typesOf('Claim:')).toBe(2);
      expect(typesOf('Person:')).toBe(1);
      expect(typesOf('Entity:')).toBe(1);
      expect(warnings).toEqual([]);
    });

    it('refetches by node(id:) and matches fragments on Node from the cache', async () => {
      const client = apollo();
      const { data } = await client.query({ query: apolloGql(PERSON_FIRST) });
      const person = (data as { person: { id: string; name: string } }).person;
      const NODE = apolloGql(`
        query Refetch($id: ID!) { node(id: $id) { ...Identified ... on Person { name } } }
        fragment Identified on Node { __typename id }
      `);
      const fetched = await client.query({ query: NODE, variables: { id: person.id } });
      expect(fetched.data).toEqual({
        node: { __typename: 'Person', id: person.id, name: person.name },
      });
      const fragment = client.readFragment({
        id: client.cache.identify({ __typename: 'Person', id: person.id }),
        fragment: apolloGql('fragment Identified on Node { __typename id }'),
      });
      expect(fragment).toEqual({ __typename: 'Person', id: person.id });
      expect(warnings).toEqual([]);
    });

    it('reads a mutation result back from the cache, and from the server', async () => {
      const client = apollo(editorToken);
      const key = allKeys[0] ?? '';
      const status = apolloGql(STATUS);
      const before = await client.query({ query: status, variables: { id: key } });
      expect((before.data as { prediction: { status: string } }).prediction.status).toBe('OPEN');
      await client.mutate({ mutation: apolloGql(RESOLVE), variables: { id: key } });
      // The mutation answered with the same Prediction id: the cached query sees the change.
      const cached = client.readQuery({ query: status, variables: { id: key } }) as {
        prediction: { status: string; resolutions: unknown[] };
      };
      expect(cached.prediction.status).toBe('CORRECT');
      expect(cached.prediction.resolutions).toHaveLength(1);
      const fresh = await apollo().query({ query: status, variables: { id: key } });
      expect((fresh.data as { prediction: { status: string } }).prediction.status).toBe('CORRECT');
      expect(warnings).toEqual([]);
    });
  });

  describe('urql with the published graphcache config', () => {
    afterAll(() => api.restore());

    const urql = (options: { token?: string; get?: boolean } = {}) =>
      new Client({
        url: api.url,
        exchanges: [cacheExchange(graphcacheWithSchema(SCHEMA)), fetchExchange],
        preferGetMethod: options.get ?? false,
        fetchOptions: () => ({
          headers: {
            ...(CLAIMGRAPH_FETCH_OPTIONS.headers as Record<string, string>),
            ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          },
        }),
      });

    it('walks every page with relayPagination, no gaps or duplicates', async () => {
      const client = urql();
      const query = urqlGql<PredictionPage, { after?: string | null }>(PAGE);
      let result = await client.query(query, {}).toPromise();
      let pages = 1;
      while (result.data?.predictions.pageInfo.hasNextPage && pages < 50) {
        result = await client
          .query(query, { after: result.data.predictions.pageInfo.endCursor })
          .toPromise();
        pages += 1;
      }
      expect(result.error).toBeUndefined();
      // relayPagination answers every page's query with the whole list merged so far.
      const keys = result.data?.predictions.edges.map((edge) => edge.node.key) ?? [];
      expect(keys).toEqual(allKeys);
      expect(warnings).toEqual([]);
    });

    it('keeps the first query whole after an overlapping one, without key warnings', async () => {
      const client = urql();
      const first = await client.query(PERSON_FIRST, {}).toPromise();
      expect(first.error).toBeUndefined();
      await client.query(PERSON_SECOND, {}).toPromise();
      const again = await client
        .query(PERSON_FIRST, {}, { requestPolicy: 'cache-only' })
        .toPromise();
      expect(again.data).toEqual(first.data);
      expect(warnings).toEqual([]);
    });

    it('refetches by node(id:) with a fragment on Node', async () => {
      const client = urql();
      const first = await client.query(PERSON_FIRST, {}).toPromise();
      const person = (first.data as { person: { id: string; name: string } }).person;
      const NODE = `query Refetch($id: ID!) { node(id: $id) { ...Identified ... on Person { name } } }
        fragment Identified on Node { __typename id }`;
      const fetched = await client.query(NODE, { id: person.id }).toPromise();
      expect(fetched.data).toEqual({
        node: { __typename: 'Person', id: person.id, name: person.name },
      });
      expect(warnings).toEqual([]);
    });

    it('runs a mutation and reads the change back', async () => {
      const client = urql({ token: editorToken });
      const key = allKeys[1] ?? '';
      const before = await client.query(STATUS, { id: key }).toPromise();
      expect(before.data).toMatchObject({ prediction: { status: 'OPEN' } });
      const mutated = await client.mutation(RESOLVE, { id: key }).toPromise();
      expect(mutated.error).toBeUndefined();
      const cached = await client
        .query(STATUS, { id: key }, { requestPolicy: 'cache-only' })
        .toPromise();
      expect(cached.data).toMatchObject({ prediction: { status: 'CORRECT' } });
      expect(warnings).toEqual([]);
    });

    it('sends GET queries with the preflight header, and is refused (CSRF) without it', async () => {
      const withHeader = await urql({ get: true }).query('{ episodes { key } }', {}).toPromise();
      expect(withHeader.error).toBeUndefined();
      expect(withHeader.operation.context.preferGetMethod).toBe(true);
      const bare = new Client({
        url: api.url,
        exchanges: [fetchExchange],
        preferGetMethod: true,
      });
      const refused = await bare.query('{ episodes { key } }', {}).toPromise();
      expect(refused.error?.message).toContain('Cross-Site Request Forgery');
    });
  });
});
