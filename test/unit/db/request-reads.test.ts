/**
 * The shared read transaction of a request, with a stand-in for executeRead: once the database
 * proved unreachable (after the driver's own retries), the request's later reads fail at once
 * instead of waiting the retries out again, wave after wave.
 */
import neo4j, { Neo4jError, type ManagedTransaction } from 'neo4j-driver';

import { RequestReads } from '../../../src/db/request-reads';

const unreachable = (): Neo4jError =>
  new Neo4jError('Could not connect', neo4j.error.SERVICE_UNAVAILABLE, 'N/A', 'unreachable');
const syntax = (): Neo4jError =>
  new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'syntax');

/** A begin() that counts its calls and behaves as `behave` says for each. */
function begins(behave: (call: number) => 'ok' | Error) {
  const calls = { count: 0 };
  const begin = async (body: (tx: ManagedTransaction) => Promise<void>): Promise<void> => {
    calls.count += 1;
    const outcome = behave(calls.count);
    if (outcome !== 'ok') throw outcome;
    await body({} as ManagedTransaction);
  };
  return { begin, calls };
}

describe('RequestReads', () => {
  it('fails every later read at once when the transaction could not begin for want of the database', async () => {
    const { begin, calls } = begins(() => unreachable());
    const reads = new RequestReads(begin);
    const fallback = jest.fn(() => Promise.resolve('alone'));
    await expect(reads.run(() => Promise.resolve('shared'), fallback)).rejects.toThrow(
      'Could not connect',
    );
    await expect(reads.run(() => Promise.resolve('shared'), fallback)).rejects.toThrow(
      'Could not connect',
    );
    expect({ begins: calls.count, fallbacks: fallback.mock.calls.length }).toEqual({
      begins: 1,
      fallbacks: 0,
    });
  });

  it('runs a failed statement once more alone, and stops there when that finds no database', async () => {
    const { begin, calls } = begins(() => 'ok');
    const reads = new RequestReads(begin);
    const fallback = jest.fn(() => Promise.reject(unreachable()));
    await expect(reads.run(() => Promise.reject(unreachable()), fallback)).rejects.toThrow(
      'Could not connect',
    );
    await expect(reads.run(() => Promise.resolve('shared'), fallback)).rejects.toThrow(
      'Could not connect',
    );
    expect({ begins: calls.count, fallbacks: fallback.mock.calls.length }).toEqual({
      begins: 1,
      fallbacks: 1,
    });
  });

  it('keeps serving after a statement that is itself at fault', async () => {
    const { begin, calls } = begins(() => 'ok');
    const reads = new RequestReads(begin);
    await expect(
      reads.run(
        () => Promise.reject(syntax()),
        () => Promise.reject(syntax()),
      ),
    ).rejects.toThrow('Invalid input');
    await expect(
      reads.run(
        () => Promise.resolve('shared'),
        () => Promise.resolve('alone'),
      ),
    ).resolves.toBe('shared');
    expect(calls.count).toBe(2);
  });
});
