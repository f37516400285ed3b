import type { IncomingMessage } from 'node:http';

import { clientAddress, compileTrust } from '../../../src/http/client-address';
import { socketOriginAllowed } from '../../../src/http/origins';

function request(peer: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  } as unknown as IncomingMessage;
}

describe('clientAddress behind CLAIMGRAPH_TRUST_PROXY', () => {
  it('ignores X-Forwarded-For when no proxy is trusted: anyone can write it', () => {
    const trust = compileTrust({ kind: 'none' });
    expect(clientAddress(request('203.0.113.9', '1.2.3.4'), trust)).toBe('203.0.113.9');
    expect(clientAddress(request('::ffff:203.0.113.9'), trust)).toBe('203.0.113.9');
  });

  it('takes the address the last N hops saw', () => {
    const oneHop = compileTrust({ kind: 'hops', hops: 1 });
    // The client wrote "6.6.6.6" itself; the proxy appended the address it saw.
    expect(clientAddress(request('10.0.0.2', '6.6.6.6, 198.51.100.7'), oneHop)).toBe(
      '198.51.100.7',
    );
    const twoHops = compileTrust({ kind: 'hops', hops: 2 });
    expect(clientAddress(request('10.0.0.2', '198.51.100.7, 10.0.0.3'), twoHops)).toBe(
      '198.51.100.7',
    );
  });

  it('walks past listed proxies only, stopping at the first address it does not trust', () => {
    const trust = compileTrust({ kind: 'list', entries: ['loopback', '10.0.0.0/8'] });
    expect(clientAddress(request('127.0.0.1', '6.6.6.6, 198.51.100.7, 10.1.2.3'), trust)).toBe(
      '198.51.100.7',
    );
    // The peer is not a trusted proxy: its header means nothing.
    expect(clientAddress(request('192.0.2.1', '198.51.100.7'), trust)).toBe('192.0.2.1');
    // Only trusted hops, all the way: the leftmost address is the client.
    expect(clientAddress(request('::1', '10.9.9.9'), trust)).toBe('10.9.9.9');
  });
});

describe('socketOriginAllowed', () => {
  const none: string[] = [];
  it("lets the service's own pages in, and origins listed in CORS_ORIGINS", () => {
    expect(socketOriginAllowed('http://127.0.0.1:4000', '127.0.0.1:4000', none)).toBe(true);
    expect(socketOriginAllowed('https://api.example.org', 'api.example.org', none)).toBe(true);
    expect(
      socketOriginAllowed('http://localhost:3000', '127.0.0.1:4000', ['http://localhost:3000']),
    ).toBe(true);
    expect(socketOriginAllowed('https://any.example', '127.0.0.1:4000', ['*'])).toBe(true);
  });

  it('refuses pages of any other origin, and the null origin', () => {
    expect(socketOriginAllowed('http://evil.example', '127.0.0.1:4000', none)).toBe(false);
    expect(socketOriginAllowed('http://127.0.0.1:4001', '127.0.0.1:4000', none)).toBe(false);
    expect(
      socketOriginAllowed('http://localhost:3001', '127.0.0.1:4000', ['http://localhost:3000']),
    ).toBe(false);
    expect(socketOriginAllowed('null', '127.0.0.1:4000', none)).toBe(false);
  });

  it('lets a handshake without Origin through: only programs send none', () => {
    expect(socketOriginAllowed(undefined, '127.0.0.1:4000', none)).toBe(true);
  });
});
