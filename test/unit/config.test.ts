import path from 'node:path';

import { hashToken, parseTokenTable, viewerFrom } from '../../src/auth';
import { ConfigError, loadConfig, PROJECT_ROOT } from '../../src/config';

describe('loadConfig', () => {
  it('has documented defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      port: 4000,
      host: '127.0.0.1',
      corsOrigins: [],
      nodeEnv: 'development',
      neo4j: undefined,
      local: {
        port: 7687,
        dataDir: path.join(PROJECT_ROOT, '.claimgraph', 'neo4j-data'),
        heap: '1g',
        pagecache: '512m',
        apoc: false,
        txTimeout: '5m',
        txMemory: '512m',
        javaOptions: [],
      },
      seedDir: path.join(PROJECT_ROOT, 'seed', 'episodes'),
      seedOnStart: true,
      tokens: [],
      txTimeoutMs: 30_000,
      log: { level: 'info', format: 'pretty' },
      rate: {
        budget: { points: 1_000_000, refillPerSecond: 50_000 },
        writes: { points: 300, refillPerSecond: 1 },
      },
      trustProxy: { kind: 'none' },
    });
  });

  it('reads NEO4J_JAVA_OPTS as options separated by spaces, and refuses a stray word', () => {
    expect(
      loadConfig({ NEO4J_JAVA_OPTS: ' -XX:TieredStopAtLevel=1  -XX:+UseSerialGC ' }).local,
    ).toMatchObject({ javaOptions: ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'] });
    expect(() => loadConfig({ NEO4J_JAVA_OPTS: '-Xss1m UseSerialGC' })).toThrow(
      new ConfigError('NEO4J_JAVA_OPTS holds JVM options, each starting with -, got "UseSerialGC"'),
    );
  });

  it('reads the budgets; 0 turns one off; fractions of a write a second are allowed', () => {
    expect(
      loadConfig({
        CLAIMGRAPH_RATE_POINTS: '0',
        CLAIMGRAPH_RATE_REFILL: '1000',
        CLAIMGRAPH_WRITE_POINTS: '30',
        CLAIMGRAPH_WRITE_REFILL: '0.5',
      }).rate,
    ).toEqual({
      budget: { points: 0, refillPerSecond: 1000 },
      writes: { points: 30, refillPerSecond: 0.5 },
    });
  });

  it('reads CLAIMGRAPH_TRUST_PROXY as hops or a list of proxies', () => {
    expect(loadConfig({ CLAIMGRAPH_TRUST_PROXY: '1' }).trustProxy).toEqual({
      kind: 'hops',
      hops: 1,
    });
    expect(loadConfig({ CLAIMGRAPH_TRUST_PROXY: '0' }).trustProxy).toEqual({ kind: 'none' });
    expect(
      loadConfig({ CLAIMGRAPH_TRUST_PROXY: 'loopback, 10.0.0.0/8,2001:db8::1' }).trustProxy,
    ).toEqual({ kind: 'list', entries: ['loopback', '10.0.0.0/8', '2001:db8::1'] });
  });

  it('logs JSON lines in production, and takes LOG_LEVEL and LOG_FORMAT', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).log).toEqual({ level: 'info', format: 'json' });
    expect(
      loadConfig({ NODE_ENV: 'production', LOG_FORMAT: 'pretty', LOG_LEVEL: 'debug' }).log,
    ).toEqual({ level: 'debug', format: 'pretty' });
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(
      new ConfigError(
        'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
      ),
    );
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(
      new ConfigError('LOG_FORMAT must be json or pretty, got "xml"'),
    );
  });

  it('reads a remote Neo4j, leaving the password unset when NEO4J_PASSWORD is', () => {
    expect(loadConfig({ NEO4J_URI: ' neo4j://db:7687 ', NEO4J_DATABASE: 'claims' }).neo4j).toEqual({
      uri: 'neo4j://db:7687',
      user: 'neo4j',
      password: undefined,
      database: 'claims',
    });
    expect(loadConfig({ NEO4J_URI: 'bolt://x', NEO4J_PASSWORD: 's3cret' }).neo4j?.password).toBe(
      's3cret',
    );
  });

  it('reads the local Neo4j limits and switches', () => {
    const config = loadConfig({
      PORT: '4101',
      NEO4J_TX_TIMEOUT: '45s',
      NEO4J_TX_MEMORY: '2G',
      NEO4J_APOC: 'true',
      SEED_ON_START: '0',
      CLAIMGRAPH_TX_TIMEOUT_MS: '1500',
    });
    expect(config.port).toBe(4101);
    expect(config.local).toMatchObject({ txTimeout: '45s', txMemory: '2g', apoc: true });
    expect(config.seedOnStart).toBe(false);
    expect(config.txTimeoutMs).toBe(1500);
  });

  it.each([
    ['PORT', '70000', 'PORT must be an integer from 0 to 65535, got "70000"'],
    ['PORT', 'abc', 'PORT must be an integer from 0 to 65535, got "abc"'],
    ['NEO4J_HEAP', 'lots', 'NEO4J_HEAP must look like 512m or 2g, got "lots"'],
    ['NEO4J_TX_TIMEOUT', '10', 'NEO4J_TX_TIMEOUT must look like 500ms, 30s or 2m, got "10"'],
    [
      'CLAIMGRAPH_RATE_POINTS',
      '5000',
      'CLAIMGRAPH_RATE_POINTS must be 0 (off) or at least 20000 (the cost limit of one operation), got "5000"',
    ],
    [
      'CLAIMGRAPH_RATE_REFILL',
      '-1',
      'CLAIMGRAPH_RATE_REFILL must be a number of 0 or more (per second), got "-1"',
    ],
    [
      'CLAIMGRAPH_TRUST_PROXY',
      'true',
      'CLAIMGRAPH_TRUST_PROXY must be a number of hops or a comma-separated list of addresses, subnets (10.0.0.0/8) and loopback, linklocal, uniquelocal; "true" is none of these (trusting every hop would let any client pick its address)',
    ],
    [
      'CLAIMGRAPH_TRUST_PROXY',
      '10.0.0.0/33',
      'CLAIMGRAPH_TRUST_PROXY must be a number of hops or a comma-separated list of addresses, subnets (10.0.0.0/8) and loopback, linklocal, uniquelocal; "10.0.0.0/33" is none of these',
    ],
    [
      'CLAIMGRAPH_TOKENS',
      'alice:admin:00',
      'CLAIMGRAPH_TOKENS entry 1 must be name:editor|reviewer|reader:<64 hex chars> (see npm run token -- --help)',
    ],
  ])('refuses %s=%s with a ConfigError naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new ConfigError(message));
  });
});

describe('the token table', () => {
  const hash = hashToken('cg_secret');

  it('parses name:role:sha256 entries, trimming spaces', () => {
    expect(
      parseTokenTable(` alice:editor:${hash} , bob:reader:${hash},carol:reviewer:${hash}`),
    ).toEqual([
      { name: 'alice', role: 'editor', hash },
      { name: 'bob', role: 'reader', hash },
      { name: 'carol', role: 'reviewer', hash },
    ]);
    expect(parseTokenTable(undefined)).toEqual([]);
    expect(parseTokenTable('  ')).toEqual([]);
  });

  it.each([`alice:editor:${hash.slice(1)}`, `alice:owner:${hash}`, `:editor:${hash}`, 'alice'])(
    'refuses the entry %s',
    (entry) => {
      expect(() => parseTokenTable(entry)).toThrow(/entry 1 must be name:editor\|reviewer\|reader/);
    },
  );

  it('finds the caller by the hash of a bearer token, and nobody otherwise', () => {
    const table = parseTokenTable(`alice:editor:${hash}`);
    expect(viewerFrom('Bearer cg_secret', table)).toEqual({ name: 'alice', role: 'editor' });
    expect(viewerFrom('bearer   cg_secret', table)).toEqual({ name: 'alice', role: 'editor' });
    expect(viewerFrom('Bearer cg_other', table)).toBeNull();
    expect(viewerFrom('cg_secret', table)).toBeNull();
    expect(viewerFrom(undefined, table)).toBeNull();
  });
});
