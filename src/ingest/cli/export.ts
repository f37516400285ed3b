// npm run export -- --episode KEY --out DIR: one episode of the graph back into corpus files.
import path from 'node:path';

import { runCommand, UsageError } from '../../cli/command';
import { loadConfig } from '../../config';
import { describeConnectError, neo4jTarget } from '../../db/credentials';
import { Database } from '../../db/database';
import { createDriver } from '../../db/driver';
import { startLocalNeo4j, type LocalNeo4j } from '../../db/local-neo4j';
import { exportEpisode } from '../export/export-episode';
import { writeGraphFiles } from '../../opendata/graph-files';
import { writeEpisodeFolder } from '../export/write-folder';

const SPEC = {
  usage: 'npm run export -- [--episode KEY] --out DIR [--public] [--force] [--tables [--base URL]]',
  description: `Writes one episode of the graph in the corpus format, into DIR/<episode key>/: transcript.md
(with turn times and the media URL), entities.yaml (entities and their mentions, entity
relations, note links, discrepancies), claims.yaml and excluded.yaml. The files are checked
as npm run validate checks them before anything is written; npm run seed imports them to the
same graph. Every claim is written with its review state (drafts, rejected and retracted claims
too, so they survive an export and a re-import); --public writes the accepted ones only.

With --tables it also writes the whole public graph (accepted claims only, whatever --public
says) as tables, into DIR/tables/: predictions, claims, people, entities and episodes, each as
.csv (RFC 4180) and .jsonl (JSON lines), the same rows and columns as the service's /export
downloads (docs/open-data.md). --episode may then be left out.`,
  options: {
    episode: {
      type: 'string',
      valueName: 'KEY',
      description: 'the episode key (required unless --tables)',
    },
    out: {
      type: 'string',
      valueName: 'DIR',
      description: 'where the episode folder goes (required)',
    },
    public: {
      type: 'boolean',
      description: 'accepted claims only (what public reads see), no drafts',
    },
    force: { type: 'boolean', description: 'replace DIR/<episode key>/ if it exists' },
    tables: {
      type: 'boolean',
      description: 'also write the whole graph as CSV and JSON lines into DIR/tables/',
    },
    base: {
      type: 'string',
      valueName: 'URL',
      description: 'the service address the tables link to (default http://localhost:4000)',
    },
  },
  epilogue: `Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; with no NEO4J_URI it starts the
project's own Neo4j on the same data directory as npm start (stop npm start first).`,
} as const;

async function main(values: {
  episode?: string;
  out?: string;
  public?: boolean;
  force?: boolean;
  tables?: boolean;
  base?: string;
}): Promise<number> {
  const { episode, out } = values;
  const tables = values.tables === true;
  if ((episode === undefined || episode === '') && !tables) {
    throw new UsageError('--episode KEY is required (or --tables for the whole graph as tables)');
  }
  const base = values.base ?? 'http://localhost:4000';
  if (!/^https?:\/\/[^/]+/.test(base)) throw new UsageError('--base must be an http(s) URL');
  if (out === undefined || out === '') throw new UsageError('--out DIR is required');
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  if (config.neo4j === undefined) {
    local = await startLocalNeo4j({
      ...config.local,
      log: (line) => process.stderr.write(`${line}\n`),
    });
  }
  const target = neo4jTarget(config, local);
  const driver = createDriver(target);
  try {
    const db = new Database(driver, target.database);
    if (episode !== undefined && episode !== '') {
      const exported = await exportEpisode(db, episode, { publicOnly: values.public === true });
      const dir = writeEpisodeFolder(
        out,
        exported.episodeId,
        exported.files,
        values.force === true,
      );
      process.stdout.write(
        `export: ${Object.entries(exported.counts)
          .map(([key, value]) => `${key}=${value}`)
          .join(' ')}\nexport: wrote ${dir}\n`,
      );
    }
    if (tables) {
      const dir = path.join(out, 'tables');
      const counts = await writeGraphFiles(db, dir, base);
      process.stdout.write(
        `export: tables ${Object.entries(counts)
          .map(([key, value]) => `${key}=${value}`)
          .join(' ')}\nexport: wrote ${dir}\n`,
      );
    }
    return 0;
  } catch (error) {
    // describeConnectError explains a refused password and passes any other message through.
    process.stderr.write(`export: ${describeConnectError(error, target, config.local.dataDir)}\n`);
    return 1;
  } finally {
    await driver.close();
    await local?.stop();
  }
}

void runCommand(SPEC, ({ values }) => main(values));
