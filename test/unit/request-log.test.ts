import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { PassThrough } from 'node:stream';

import { Database } from '../../src/db/database';
import { isInternalError } from '../../src/errors';
import { createLogger } from '../../src/log';
import { createApp, type App } from '../../src/server';

interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
  component?: string;
}

describe('logging: one request id on every line of a request', () => {
  const lines: LogLine[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line !== '') lines.push(JSON.parse(line) as LogLine);
    }
  });
  // No request below reaches the database; the driver never connects.
  const driver = neo4j.driver('bolt://127.0.0.1:9');
  let app: App;
  let url: string;

  beforeAll(async () => {
    app = await createApp({
      db: new Database(driver),
      nodeEnv: 'test',
      log: createLogger({ level: 'debug', format: 'json', destination: sink }),
    });
    url = await app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await app.close();
    await driver.close();
  });

  const post = (headers: Record<string, string> = {}): Promise<Response> =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
  /** Log writes are synchronous, but the line for a finished request follows the answer. */
  const linesOf = async (reqId: string): Promise<LogLine[]> => {
    const deadline = Date.now() + 5000;
    while (!lines.some((line) => line.reqId === reqId) && Date.now() < deadline) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    return lines.filter((line) => line.reqId === reqId);
  };

  it('gives each request an id, answers it in x-request-id and logs with it', async () => {
    const first = await post();
    const second = await post();
    const ids = [first, second].map((res) => res.headers.get('x-request-id') ?? '');
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).not.toBe(ids[0]);
    const logged = await linesOf(ids[0] ?? '');
    expect(logged.map((line) => line.msg)).toContain('request completed');
  });

  it("keeps a client's own plain request id and replaces one that is not plain", async () => {
    const kept = await post({ 'x-request-id': 'client-42.a' });
    expect(kept.headers.get('x-request-id')).toBe('client-42.a');
    expect((await linesOf('client-42.a')).length).toBeGreaterThan(0);
    const replaced = await post({ 'x-request-id': `x${'y'.repeat(100)}` });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('isInternalError: what the operator must read in full', () => {
  it('is true for a bug and false for client errors and database states', () => {
    expect(
      isInternalError(new GraphQLError('x', { path: ['claim'], originalError: new Error('boom') })),
    ).toBe(true);
    expect(
      isInternalError(new GraphQLError('bad', { extensions: { code: 'BAD_USER_INPUT' } })),
    ).toBe(false);
    const down = Object.assign(new Error('gone'), { code: 'ServiceUnavailable' });
    expect(isInternalError(new GraphQLError('x', { path: ['claim'], originalError: down }))).toBe(
      false,
    );
  });
});
