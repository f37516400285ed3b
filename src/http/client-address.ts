import type { IncomingMessage } from 'node:http';
import net from 'node:net';

import { NAMED_PROXY_RANGES, type TrustProxy } from '../config';

/** A function that says whether the hop at `address` (the `index`-th from us) is trusted. */
export function compileTrust(trust: TrustProxy): (address: string, index: number) => boolean {
  if (trust.kind === 'none') return () => false;
  if (trust.kind === 'hops') return (_address, index) => index < trust.hops;
  const list = new net.BlockList();
  for (const entry of trust.entries) {
    for (const range of NAMED_PROXY_RANGES[entry] ?? [entry]) {
      const [address = '', prefix] = range.split('/');
      const type = net.isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (prefix === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(prefix), type);
    }
  }
  return (address) => {
    const plain = unmapped(address);
    const family = net.isIP(plain);
    return family !== 0 && list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
  };
}

/**
 * The client's address: the socket's peer, or, while that peer is a trusted proxy, the next
 * address to the left in X-Forwarded-For (the same walk as Express's req.ip). An untrusted
 * peer's X-Forwarded-For is ignored: anyone can write that header.
 */
export function clientAddress(
  req: IncomingMessage,
  trusted: (address: string, index: number) => boolean,
): string {
  const peer = unmapped(req.socket.remoteAddress ?? 'unknown');
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(unmapped)
    .reverse();
  const chain = [peer, ...forwarded];
  for (let index = 0; index < chain.length - 1; index += 1) {
    if (!trusted(chain[index] ?? '', index)) return chain[index] ?? peer;
  }
  return chain[chain.length - 1] ?? peer;
}

function unmapped(address: string): string {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return match?.[1] ?? address;
}
