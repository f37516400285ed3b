import path from 'node:path';

import net from 'node:net';

import { parseTokenTable, TokenConfigError, type TokenEntry } from './auth';
import { DEFAULT_RATE, type RateSettings } from './guard/operation-guard';
import { LOG_LEVELS, type LogLevel, type LogOptions } from './log';
import { LIMITS } from './validation';

/** Everything the service reads from the environment, read in one place. */
export interface Config {
  port: number;
  host: string;
  nodeEnv: string;
  /** Set when the service talks to a Neo4j it did not start (Docker, Aura, a cluster). */
  neo4j: RemoteNeo4jConfig | undefined;
  local: LocalNeo4jConfig;
  /** Where the bundled corpus lives; loaded at start unless seedOnStart is false. */
  seedDir: string;
  seedOnStart: boolean;
  /** Bearer tokens allowed to call mutations, as name:role:sha256 entries. */
  tokens: TokenEntry[];
  /** Origins (scheme://host[:port]) whose pages may call the API; `*` for any. */
  corsOrigins: string[];
  /** The timeout of every request's transactions (the driver sends it to Neo4j). */
  txTimeoutMs: number;
  /** LOG_LEVEL and LOG_FORMAT: JSON lines in production, readable lines otherwise. */
  log: LogOptions;
  /** The cost budget per client and the write budget per token (CLAIMGRAPH_RATE_*, _WRITE_*). */
  rate: RateSettings;
  /** CLAIMGRAPH_TRUST_PROXY: which proxies may say who the client is (X-Forwarded-For). */
  trustProxy: TrustProxy;
}

/**
 * Which proxies in front of the service may tell it the client's address: none; the last N
 * hops, whoever they are; or the proxies' addresses and subnets (`loopback`, `linklocal` and
 * `uniquelocal` name the usual private ranges), as Express's `trust proxy` reads them.
 */
export type TrustProxy =
  { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'list'; entries: string[] };

/** The names CLAIMGRAPH_TRUST_PROXY accepts for ranges (http/client-address.ts expands them). */
export const NAMED_PROXY_RANGES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
});

export interface RemoteNeo4jConfig {
  uri: string;
  user: string;
  /** NEO4J_PASSWORD; when unset, the project's own Neo4j's password file is read (credentials.ts). */
  password: string | undefined;
  database: string | undefined;
}

export interface LocalNeo4jConfig {
  port: number;
  dataDir: string;
  heap: string;
  pagecache: string;
  apoc: boolean;
  txTimeout: string;
  txMemory: string;
  /** Extra JVM options (NEO4J_JAVA_OPTS). */
  javaOptions: string[];
}

export const PROJECT_ROOT = path.resolve(__dirname, '..');

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const uri = nonEmpty(env.NEO4J_URI);
  return {
    port: intInRange(env, 'PORT', 4000, 0, 65535),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    nodeEnv: nonEmpty(env.NODE_ENV) ?? 'development',
    neo4j:
      uri === undefined
        ? undefined
        : {
            uri,
            user: nonEmpty(env.NEO4J_USER) ?? 'neo4j',
            password: env.NEO4J_PASSWORD,
            database: nonEmpty(env.NEO4J_DATABASE),
          },
    local: {
      port: intInRange(env, 'NEO4J_LOCAL_PORT', 7687, 1, 65535),
      dataDir: path.resolve(
        PROJECT_ROOT,
        nonEmpty(env.NEO4J_DATA_DIR) ?? path.join('.claimgraph', 'neo4j-data'),
      ),
      heap: memorySize(env, 'NEO4J_HEAP', '1g'),
      pagecache: memorySize(env, 'NEO4J_PAGECACHE', '512m'),
      apoc: env.NEO4J_APOC === '1' || env.NEO4J_APOC === 'true',
      txTimeout: duration(env, 'NEO4J_TX_TIMEOUT', '5m'),
      txMemory: memorySize(env, 'NEO4J_TX_MEMORY', '512m'),
      javaOptions: neo4jJavaOptions(env),
    },
    seedDir: path.resolve(PROJECT_ROOT, nonEmpty(env.SEED_DIR) ?? path.join('seed', 'episodes')),
    seedOnStart: env.SEED_ON_START !== '0' && env.SEED_ON_START !== 'false',
    tokens: parseTokens(env.CLAIMGRAPH_TOKENS),
    corsOrigins: parseOrigins(env.CORS_ORIGINS),
    txTimeoutMs: intInRange(env, 'CLAIMGRAPH_TX_TIMEOUT_MS', 30_000, 100, 3_600_000),
    log: logOptions(env),
    rate: rateSettings(env),
    trustProxy: trustProxy(env.CLAIMGRAPH_TRUST_PROXY),
  };
}

function rateSettings(env: Env): RateSettings {
  const points = intInRange(env, 'CLAIMGRAPH_RATE_POINTS', DEFAULT_RATE.budget.points, 0, 1e12);
  if (points > 0 && points < LIMITS.maxCost) {
    // A bucket smaller than the largest admissible operation would refuse it for ever.
    throw new ConfigError(
      `CLAIMGRAPH_RATE_POINTS must be 0 (off) or at least ${LIMITS.maxCost} (the cost limit of one operation), got "${points}"`,
    );
  }
  return {
    budget: {
      points,
      refillPerSecond: rate(env, 'CLAIMGRAPH_RATE_REFILL', DEFAULT_RATE.budget.refillPerSecond),
    },
    writes: {
      points: intInRange(env, 'CLAIMGRAPH_WRITE_POINTS', DEFAULT_RATE.writes.points, 0, 1e9),
      refillPerSecond: rate(env, 'CLAIMGRAPH_WRITE_REFILL', DEFAULT_RATE.writes.refillPerSecond),
    },
  };
}

/** A rate per second: 0 or more, fractions allowed (0.5 is one every two seconds). */
function rate(env: Env, name: string, fallback: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(value)) {
    throw new ConfigError(`${name} must be a number of 0 or more (per second), got "${raw}"`);
  }
  return value;
}

function trustProxy(value: string | undefined): TrustProxy {
  const raw = nonEmpty(value);
  if (raw === undefined || raw === '0' || raw === 'false') return { kind: 'none' };
  if (/^\d+$/.test(raw)) return { kind: 'hops', hops: Number(raw) };
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    if (!isTrustEntry(entry)) {
      throw new ConfigError(
        `CLAIMGRAPH_TRUST_PROXY must be a number of hops or a comma-separated list of addresses, ` +
          `subnets (10.0.0.0/8) and ${Object.keys(NAMED_PROXY_RANGES).join(', ')}; "${entry}" is none of these` +
          (entry === 'true' ? ' (trusting every hop would let any client pick its address)' : ''),
      );
    }
  }
  return { kind: 'list', entries };
}

/** True when `entry` is a range name, an address, or an address/prefix. */
function isTrustEntry(entry: string): boolean {
  if (entry in NAMED_PROXY_RANGES) return true;
  const [address = '', prefix, extra] = entry.split('/');
  if (extra !== undefined) return false;
  const family = net.isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

function logOptions(env: Env): LogOptions {
  const level = nonEmpty(env.LOG_LEVEL) ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${level}"`);
  }
  const format = nonEmpty(env.LOG_FORMAT) ?? (env.NODE_ENV === 'production' ? 'json' : 'pretty');
  if (format !== 'json' && format !== 'pretty') {
    throw new ConfigError(`LOG_FORMAT must be json or pretty, got "${format}"`);
  }
  return { level: level as LogLevel, format };
}

/**
 * NEO4J_JAVA_OPTS: extra JVM options, separated by spaces, for the Neo4j started here and for
 * neo4j-admin (say, `-XX:TieredStopAtLevel=1` for JVMs that live a few seconds). Read where those
 * JVMs start, since scripts and tests start them without the service's config.
 */
export function neo4jJavaOptions(env: Env = process.env): string[] {
  const options = (nonEmpty(env.NEO4J_JAVA_OPTS) ?? '').split(/\s+/).filter((o) => o !== '');
  const stray = options.find((option) => !option.startsWith('-'));
  if (stray !== undefined) {
    throw new ConfigError(
      `NEO4J_JAVA_OPTS holds JVM options, each starting with -, got "${stray}"`,
    );
  }
  return options;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function intInRange(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function memorySize(env: Env, name: string, fallback: string): string {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  if (!/^\d+[kmg]$/i.test(raw)) {
    throw new ConfigError(`${name} must look like 512m or 2g, got "${raw}"`);
  }
  return raw.toLowerCase();
}

/** CORS_ORIGINS: comma-separated origins exactly as browsers send them, or `*`. */
function parseOrigins(value: string | undefined): string[] {
  const origins = (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    if (origin === '*') continue;
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    // An origin has no path, and a browser never sends a trailing slash.
    if (parsed === undefined || parsed.origin !== origin) {
      throw new ConfigError(
        `CORS_ORIGINS entries must be origins such as http://localhost:3000, got "${origin}"`,
      );
    }
  }
  return origins;
}

function duration(env: Env, name: string, fallback: string): string {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  if (!/^\d+(ms|s|m)$/.test(raw)) {
    throw new ConfigError(`${name} must look like 500ms, 30s or 2m, got "${raw}"`);
  }
  return raw;
}

function parseTokens(value: string | undefined): TokenEntry[] {
  try {
    return parseTokenTable(value);
  } catch (error) {
    if (error instanceof TokenConfigError) throw new ConfigError(error.message);
    throw error;
  }
}
