import net from 'node:net';

/** Who an operation is metered against: a token holder, or else an address. */
export interface Caller {
  /** The name of a valid bearer token; null for anonymous callers and unknown tokens. */
  token: string | null;
  /** The client's address (behind a trusted proxy, the one the proxy saw: http/client-address.ts). */
  address: string;
}

/**
 * The key of a caller's cost budget: the token's name when a valid token came with the
 * operation (one budget wherever the holder connects from), otherwise the address. An IPv6
 * client is keyed by its /64, the block one host or home is usually given, so rotating through
 * the addresses of one's own block does not buy fresh budgets. An unknown token counts as none:
 * inventing tokens buys nothing either.
 */
export function clientKey(caller: Caller): string {
  if (caller.token !== null) return `token:${caller.token}`;
  return `address:${addressBlock(caller.address)}`;
}

/** An IPv4 address as it is (IPv4-mapped IPv6 unwrapped); an IPv6 address as its /64. */
export function addressBlock(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1] !== undefined) return mapped[1];
  if (!net.isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros ("::" expanded). */
function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('%')[0]?.split('::') ?? [''];
  const groups = (part: string): string[] => (part === '' ? [] : part.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const missing = 8 - left.length - right.length;
  return [...left, ...Array.from({ length: Math.max(0, missing) }, () => '0'), ...right].map(
    (group) => group.toLowerCase().replace(/^0+(?=.)/, ''),
  );
}
