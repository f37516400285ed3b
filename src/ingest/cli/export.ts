// npm run export -- --episode KEY --out DIR: one episode of the graph back into corpus files.
import { runCommand, UsageError } from '../../cli/command';
import { loadConfig } from '../../config';
import { describeConnectError, neo4jTarget } from '../../db/credentials';
import { Database } from '../../db/database';
import { createDriver } from '../../db/driver';
import { startLocalNeo4j, type LocalNeo4j } from '../../db/local-neo4j';
import { exportEpisode } from '../export/export-episode';
import { writeEpisodeFolder } from '../export/write-folder';

const SPEC = {
  usage: 'npm run export -- --episode KEY --out DIR [--force]',
  description: `Writes one episode of the graph in the corpus format, into DIR/<episode key>/: transcript.md
(with turn times and the media URL), entities.yaml (entities and their mentions, entity
relations, note links, discrepancies), claims.yaml and excluded.yaml. The files are checked
as npm run validate checks them before anything is written; npm run seed imports them to the
same graph. Accepted claims are exported.`,
  options: {
    episode: { type: 'string', valueName: 'KEY', description: 'the episode key (required)' },
    out: {
      type: 'string',
      valueName: 'DIR',
      description: 'where the episode folder goes (required)',
    },
    force: { type: 'boolean', description: 'replace DIR/<episode key>/ if it exists' },
  },
  epilogue: `Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; with no NEO4J_URI it starts the
project's own Neo4j on the same data directory as npm start (stop npm start first).`,
} as const;

async function main(values: { episode?: string; out?: string; force?: boolean }): Promise<number> {
  const { episode, out } = values;
  if (episode === undefined || episode === '') throw new UsageError('--episode KEY is required');
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
    const exported = await exportEpisode(new Database(driver, target.database), episode);
    const dir = writeEpisodeFolder(out, exported.episodeId, exported.files, values.force === true);
    process.stdout.write(
      `export: ${Object.entries(exported.counts)
        .map(([key, value]) => `${key}=${value}`)
        .join(' ')}\nexport: wrote ${dir}\n`,
    );
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
