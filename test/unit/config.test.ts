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
      },
      seedDir: path.join(PROJECT_ROOT, 'seed', 'episodes'),
      seedOnStart: true,
      tokens: [],
      txTimeoutMs: 30_000,
      log: { level: 'info', format: 'pretty' },
    });
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
