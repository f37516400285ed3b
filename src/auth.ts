import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Readers write nothing; editors annotate and resolve; reviewers do that and review claims. */
export type Role = 'editor' | 'reviewer' | 'reader';
export const ROLES: readonly Role[] = ['editor', 'reviewer', 'reader'];

export interface Viewer {
  name: string;
  role: Role;
}

export interface TokenEntry extends Viewer {
  /** sha256 of the token, hex. The token itself is never stored. */
  hash: string;
}

export class TokenConfigError extends Error {
  override name = 'TokenConfigError';
}

/**
 * Reads CLAIMGRAPH_TOKENS: comma-separated `name:role:sha256hex` entries, made by
 * `npm run token`. Reads stay open; only mutations look at the caller.
 */
export function parseTokenTable(value: string | undefined): TokenEntry[] {
  if (value === undefined || value.trim() === '') return [];
  return value.split(',').map((entry, index) => {
    const [name, role, hash] = entry.trim().split(':');
    const known = ROLES.find((candidate) => candidate === role);
    if (!name || known === undefined || !hash || !/^[0-9a-f]{64}$/.test(hash)) {
      throw new TokenConfigError(
        `CLAIMGRAPH_TOKENS entry ${index + 1} must be name:${ROLES.join('|')}:<64 hex chars> (see npm run token -- --help)`,
      );
    }
    return { name, role: known, hash };
  });
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newToken(): string {
  return `cg_${randomBytes(24).toString('base64url')}`;
}

/** The caller behind an Authorization header, or null when there is none or it is unknown. */
export function viewerFrom(header: string | undefined, table: TokenEntry[]): Viewer | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const hash = Buffer.from(hashToken(match[1]), 'hex');
  for (const entry of table) {
    if (timingSafeEqual(hash, Buffer.from(entry.hash, 'hex')))
      return { name: entry.name, role: entry.role };
  }
  return null;
}
