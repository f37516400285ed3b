import { readFileSync } from 'node:fs';
import path from 'node:path';

import { newToken } from '../../src/auth';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { DEFAULT_TX_TIMEOUT_MS } from '../../src/db/database';
import { MAX_PAGE_SIZE } from '../../src/domain/page-size';
import { DATABASE_RETRY_SECONDS, DEFAULT_RATE } from '../../src/guard/operation-guard';
import { DASHBOARD_CSP } from '../../src/http/dashboard';
import { EXPLORER_CSP } from '../../src/http/explorer';
import { MAX_MESSAGE_BYTES } from '../../src/http/live';
import { PUBLIC_MAX_AGE_SECONDS } from '../../src/plugins/private-answers-plugin';
import { MAX_BODY_BYTES } from '../../src/server';
import { LIMITS } from '../../src/validation';

const DOC = readFileSync(path.join(PROJECT_ROOT, 'docs', 'security.md'), 'utf8');
const n = (value: number): string => value.toLocaleString('en-US');

/** The figure column of the limits table, by the limit's name. */
function figures(): Map<string, string> {
  const section = DOC.slice(DOC.indexOf('## The limits, and what each protects'));
  const start = section.indexOf('| limit');
  const table = section.slice(start, section.indexOf('\n\n', start));
  const rows = new Map<string, string>();
  for (const line of table.split('\n').slice(2)) {
    const [name, figure] = line
      .split('|')
      .slice(1, 3)
      .map((cell) => cell.trim());
    if (name !== undefined && figure !== undefined) rows.set(name, figure);
  }
  return rows;
}

describe('docs/security.md', () => {
  const defaults = loadConfig({});

  it('gives every limit the figure the code has', () => {
    const expected: Record<string, string> = {
      'request body': `${n(MAX_BODY_BYTES)} bytes`,
      'WebSocket message': `${n(MAX_MESSAGE_BYTES)} bytes`,
      'query tokens': n(LIMITS.maxTokens),
      'query depth': n(LIMITS.maxDepth),
      aliases: n(LIMITS.maxAliases),
      directives: n(LIMITS.maxDirectives),
      'operation cost': n(LIMITS.maxCost),
      'page size (`first`, `last`)': n(MAX_PAGE_SIZE),
      'cost budget per client': `${n(defaults.rate.budget.points)} points`,
      'cost budget refill': `${n(defaults.rate.budget.refillPerSecond)} a second`,
      'write budget per token': `${n(defaults.rate.writes.points)} writes`,
      'write budget refill': `${n(defaults.rate.writes.refillPerSecond)} a second`,
      'transaction timeout (driver)': `${n(defaults.txTimeoutMs)} ms`,
      'transaction timeout (own Neo4j)': defaults.local.txTimeout,
      'transaction memory, all (own Neo4j)': defaults.local.txMemory,
      'Retry-After while the own Neo4j restarts': `${DATABASE_RETRY_SECONDS} s`,
      'public cache lifetime': `${PUBLIC_MAX_AGE_SECONDS} s`,
    };
    // Every row is checked, and every checked figure has its row.
    expect(Object.fromEntries(figures())).toEqual(expected);
    // The config's defaults are the guard's and the database's own.
    expect(defaults.rate).toEqual(DEFAULT_RATE);
    expect(defaults.txTimeoutMs).toBe(DEFAULT_TX_TIMEOUT_MS);
  });

  it('says what the figures amount to', () => {
    const burst = Math.floor(DEFAULT_RATE.budget.points / LIMITS.maxCost);
    expect(DOC).toContain(`a burst of about ${burst} of the costliest queries`);
    expect(newToken()).toMatch(/^cg_[A-Za-z0-9_-]{32}$/);
    expect(Buffer.from(newToken().slice(3), 'base64url')).toHaveLength(24);
    expect(DOC).toContain('a token is 24 random bytes');
  });

  it('pins the Content-Security-Policy of the dashboard and the explorer', () => {
    const block = /```\n(default-src[^\n]*)\n {2}```/.exec(
      DOC.replace(/\n {2}(?=default-src)/, '\n'),
    );
    expect(block?.[1]).toBe(DASHBOARD_CSP);
    // The explorer's is the same but for audio, which only the dashboard plays.
    expect(DASHBOARD_CSP).toBe(`${EXPLORER_CSP}; media-src 'self' https:`);
    expect(DOC).toContain(`GraphiQL explorer is served with the same policy without \`media-src\``);
    // No inline script and no other origin's script may run: the policy says so itself.
    expect(DASHBOARD_CSP).toContain("default-src 'self'");
    expect(DASHBOARD_CSP).not.toMatch(/script-src|'unsafe-eval'|\*/);
  });
});
