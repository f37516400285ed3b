/**
 * Back out to the corpus files and in again: importing an export into an empty database gives
 * the same graph, node for node and relationship for relationship, with every property.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { parse } from 'yaml';

import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { importTranscript } from '../../src/ingest/captions/import-transcript';
import { loadCorpus } from '../../src/ingest/corpus/load-corpus';
import { exportEpisode } from '../../src/ingest/export/export-episode';
import { writeEpisodeFolder } from '../../src/ingest/export/write-folder';
import { importFiles } from '../../src/ingest/import-corpus';
import { bundledCorpus, EPISODE_ID, SEED_DIR } from '../support/corpus';
import { resetGraph, TEST_MARKER_LABEL } from '../support/graph';
import { testDatabase, testNeo4jAuth, testNeo4jUri } from '../support/neo4j';

/**
 * Provenance, not content: the path of the file an episode was read from. Everything else is
 * compared, the content hash included (it ignores file names and line numbers).
 */
const IGNORED = {
  Episode: ['sourceFile'],
  // When the import recorded the outcome an episode gives its own forecast: the run, not the corpus.
  Resolution: ['recordedAt'],
} as Record<string, string[]>;
/** Bookkeeping of an import run and review history: not part of the corpus. */
const IGNORED_LABELS = [TEST_MARKER_LABEL, 'ImportLock', 'CorpusState', 'Revision'];

/** Every node and relationship, with labels, type, properties and endpoints, as sorted lines. */
async function graph(db: Database): Promise<string[]> {
  const describe = (labels: string[], properties: Record<string, unknown>): string =>
    Object.keys(properties)
      .filter((key) => !labels.some((label) => IGNORED[label]?.includes(key)))
      .sort()
      .map((key) => `${key}=${JSON.stringify(properties[key])}`)
      .join(';');
  const skip = IGNORED_LABELS.map((label) => `n:${label}`).join(' OR ');
  const nodes = await db.read<{ labels: string[]; properties: Record<string, unknown> }>(
    `MATCH (n) WHERE NOT (${skip}) RETURN labels(n) AS labels, properties(n) AS properties`,
  );
  const relationships = await db.read<{
    from: string;
    type: string;
    to: string;
    properties: Record<string, unknown>;
  }>(
    `MATCH (n)-[r]->(b) WHERE NOT (${skip}) AND NOT (${skip.replace(/n:/g, 'b:')})
     RETURN coalesce(n.id, n.key) AS from, type(r) AS type, coalesce(b.id, b.key) AS to,
            properties(r) AS properties`,
  );
  return [
    ...nodes.map((n) => `(${[...n.labels].sort().join(':')} ${describe(n.labels, n.properties)})`),
    ...relationships.map((r) => `${r.from} -[${r.type} ${describe([], r.properties)}]-> ${r.to}`),
  ].sort();
}

async function freshImport(db: Database, inputs: string[]): Promise<string[]> {
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, inputs);
  return graph(db);
}

async function exportTo(db: Database, episodeId: string): Promise<string> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-export-'));
  const exported = await exportEpisode(db, episodeId);
  return writeEpisodeFolder(out, exported.episodeId, exported.files, false);
}

let db: Database;

beforeAll(() => {
  db = testDatabase();
});

afterAll(async () => {
  await db.driver.close();
});

describe('the bundled episode: import, export, import into an empty database', () => {
  let before: string[];
  let exportedDir: string;

  beforeAll(async () => {
    before = await freshImport(db, [SEED_DIR]);
    exportedDir = await exportTo(db, EPISODE_ID);
  }, 180_000);

  it('writes files that npm run validate accepts', () => {
    const loaded = loadCorpus([exportedDir]);
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    expect(loaded.corpus.claims.length).toBeGreaterThan(0);
  });

  it('writes files that raise no warning the bundled files do not', () => {
    const bundled = loadCorpus([SEED_DIR]);
    const exported = loadCorpus([exportedDir]);
    const messages = (warnings: { message: string }[]): string[] =>
      warnings.map((warning) => warning.message).sort();
    expect(messages(exported.warnings)).toEqual(messages(bundled.warnings));
  });

  it('stores premises and mentionOnly marks, and writes them back as the files have them', () => {
    const corpus = bundledCorpus();
    const premises = corpus.claims.filter((claim) => claim.premiseGoverns !== null);
    const marked = corpus.mentions.filter((mention) => mention.mentionOnly);
    // The bundled episode uses both (a test that cannot fail otherwise).
    expect(premises.length).toBeGreaterThan(0);
    expect(marked.length).toBeGreaterThan(0);
    for (const claim of premises) {
      const line = before.find((item) => item.includes(`;id=${JSON.stringify(claim.id)};`));
      expect(line).toContain(`premiseGoverns=${JSON.stringify(claim.premiseGoverns)}`);
      expect(line).toContain(`premiseText=${JSON.stringify(claim.premiseText)}`);
    }
    expect(before.filter((line) => /-\[MENTIONS .*mentionOnly=true/.test(line))).toHaveLength(
      new Set(marked.map((m) => `${m.turnId}|${m.entityId}|${m.start}`)).size,
    );
    const claims = parse(readFileSync(path.join(exportedDir, 'claims.yaml'), 'utf8')) as {
      claims: { id: string; premise?: unknown }[];
    };
    expect(claims.claims.find((claim) => claim.id === 'c2-countries-prepare-question')).toEqual(
      expect.objectContaining({
        premise: {
          text: "If we're on track to AGI in some meaningful sense",
          governs: ['t071', 't072', 't074', 't075'],
        },
      }),
    );
    const entities = parse(readFileSync(path.join(exportedDir, 'entities.yaml'), 'utf8')) as {
      entities: { id: string; mentions?: unknown[] }[];
    };
    expect(entities.entities.find((entity) => entity.id === 'sholto-douglas')?.mentions).toEqual(
      expect.arrayContaining([{ turn: 't001', form: 'Sholto Bricken', mentionOnly: true }]),
    );
  });

  it('gives the same graph: every node and relationship, with its properties', async () => {
    const after = await freshImport(db, [exportedDir]);
    expect(before.length).toBeGreaterThan(1000);
    expect(after).toEqual(before);
  }, 180_000);

  it('keeps the transcript as it was: no times and no media URL', () => {
    const text = readFileSync(path.join(exportedDir, 'transcript.md'), 'utf8');
    expect(text).not.toMatch(/\*\*Media:\*\*/);
    expect(text).not.toMatch(/^\*\*\w+:\*\* \[\d/m);
  });
});

const ANNOTATIONS = (episode: string): string => `episode: ${episode}
entities:
  - id: priya-raman
    type: person
    name: Priya Raman
    description: Builds data centres.
    externalIds: { homepage: https://example.org/priya }
  - id: grid-interconnect
    type: concept
    name: grid interconnect
    aliases: [interconnects]
    mentions:
      - { turn: t004, form: Grid interconnects }
  - id: compute-and-power
    type: work
    name: Compute & Power
    year: 2025
    mentions:
      - { turn: t001, form: Compute & Power }
entityRelations:
  - { from: marcus-lee, type: affiliated_with, to: compute-and-power, role: host }
claims:
  - id: priya-power-limits-training
    turn: t004
    quote: I really do think so.
    paraphrase: Power, not chips, will limit training runs by 2027.
    kind: prediction
    topics: [energy]
    about: [grid-interconnect]
    prediction:
      horizon: by 2027
      due: 2027-12-31
      resolutionCriteria: CORRECT if a frontier lab names power as the binding constraint by 2027-12-31; INCORRECT if none has.
      resolutionSource: The frontier labs' public statements.
      confidence: { hedges: [I really do think], bucket: likely }
  - id: priya-chips-fast
    turn: t004
    quote: Chips ship in months.
    kind: assertion
    relations:
      - { type: supports, target: priya-power-limits-training }
  - id: marcus-months
    turn: t005
    quote: Months, right.
    kind: opinion
    relations:
      - { type: endorses, target: priya-chips-fast }
  - id: marcus-power-question
    turn: t003
    quote: will power, not chips, limit training runs by 2027?
    kind: prediction
    prediction:
      horizon: by 2027
      due: 2027-12-31
      resolutionCriteria: CORRECT if a frontier lab names power as the binding constraint by 2027-12-31; INCORRECT if none has.
      resolutionSource: The frontier labs' public statements.
      confidence: { bucket: toss-up, override: Asked as a question. }
    review: { state: draft }
  - id: priya-thanks
    turn: t002
    quote: Thanks for having me
    kind: opinion
    review: { state: rejected, by: rhea, at: '2026-12-01T10:00:00Z', note: Small talk. }
  - id: marcus-introduces
    turn: t001
    quote: I'm
    occurrence: 2
    kind: assertion
    review: { state: accepted, by: rhea, at: '2026-12-01T10:05:30.250Z' }
    retracted: { by: ana, at: '2026-12-02T08:00:00Z', reason: Not a claim. }
excluded:
  - { turn: t006, quote: that gap is the whole story, reason: Not about the future. }
  - { turn: t004, quote: in, occurrence: 3, reason: A word that occurs three times. }
discrepancies:
  - id: show-name-ampersand
    turn: t001
    text: Compute & Power
    correct: Compute and Power
    entity: compute-and-power
    kind: misspelling
    explanation: The show's own site writes "and".
`;

describe('a transcript imported from WebVTT, annotated through the importer', () => {
  let episodeDir: string;
  let before: string[];
  let exportedDir: string;

  beforeAll(async () => {
    const imported = importTranscript({
      file: path.join(PROJECT_ROOT, 'test', 'fixtures', 'captions', 'apple-podcasts.vtt'),
      chapters: path.join(PROJECT_ROOT, 'test', 'fixtures', 'captions', 'apple-chapters.vtt'),
      title: 'Compute and Power',
      airDate: '2025-06-01',
      mediaUrl: 'https://example.org/compute-and-power.mp3',
      speakerNames: new Map(),
      out: mkdtempSync(path.join(os.tmpdir(), 'claimgraph-vtt-')),
    });
    episodeDir = imported.dir;
    writeFileSync(path.join(episodeDir, 'claims.yaml'), ANNOTATIONS(imported.episodeId));
    before = await freshImport(db, [episodeDir]);
    exportedDir = await exportTo(db, imported.episodeId);
  }, 180_000);

  it('holds the times, the media URL and the annotations in the graph', () => {
    expect(before.join('\n')).toMatch(/mediaUrl="https:\/\/example\.org\/compute-and-power\.mp3"/);
    expect(before.join('\n')).toMatch(/endTime=7\.15;.*startTime=0;/);
    expect(before.filter((line) => /^\(Claim[ :]/.test(line))).toHaveLength(3);
    expect(before.filter((line) => line.startsWith('(Exclusion'))).toHaveLength(2);
  });

  it('keeps drafts, rejections and retractions out of the public labels, with their state', () => {
    const drafts = before.filter((line) => /^\(ClaimDraft[ :]/.test(line));
    expect(drafts).toHaveLength(3);
    expect(drafts.join('\n')).toMatch(/^\(ClaimDraft:PredictionDraft .*reviewState="DRAFT"/m);
    expect(drafts.join('\n')).toMatch(/reviewNote="Small talk\.";reviewState="REJECTED"/);
    expect(drafts.join('\n')).toMatch(/retractionReason="Not a claim\.".*reviewState="ACCEPTED"/);
  });

  it('writes review, retraction and occurrence into claims.yaml and excluded.yaml', () => {
    const claims = readFileSync(path.join(exportedDir, 'claims.yaml'), 'utf8');
    expect(claims).toMatch(/review:\s+state: draft/);
    expect(claims).toMatch(/review:\s+state: rejected\s+by: rhea/);
    expect(claims).toMatch(/retracted:\s+by: ana/);
    expect(claims).toMatch(/quote: I'm\s+occurrence: 2/);
    const excluded = readFileSync(path.join(exportedDir, 'excluded.yaml'), 'utf8');
    expect(excluded).toMatch(/quote: in\s+occurrence: 3/);
  });

  it('exports the times and the media URL, and the export validates', () => {
    const text = readFileSync(path.join(exportedDir, 'transcript.md'), 'utf8');
    expect(text).toMatch(/^\*\*Media:\*\* https:\/\/example\.org\/compute-and-power\.mp3$/m);
    expect(text).toMatch(/^\*\*Marcus:\*\* \[00:00:00\.000-00:00:07\.150\] Welcome back/m);
    expect(loadCorpus([exportedDir]).ok).toBe(true);
  });

  it('gives the same graph when the export is imported into an empty database', async () => {
    const after = await freshImport(db, [exportedDir]);
    expect(after).toEqual(before);
  }, 180_000);

  it('with publicOnly writes the accepted claims alone, as public reads see them', async () => {
    await freshImport(db, [episodeDir]);
    const exported = await exportEpisode(db, path.basename(episodeDir), { publicOnly: true });
    expect(exported.counts.claims).toBe(3);
    const claims = exported.files.find((file) => file.name === 'claims.yaml')?.text ?? '';
    expect(claims).toMatch(/id: priya-power-limits-training/);
    expect(claims).not.toMatch(/marcus-power-question|priya-thanks|marcus-introduces|review:/);
  }, 120_000);

  it('npm run export writes the same files from the command line', async () => {
    await freshImport(db, [episodeDir]);
    const out = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-export-cli-'));
    const { user, password } = testNeo4jAuth();
    const episodeId = path.basename(episodeDir);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        path.join(PROJECT_ROOT, 'src', 'ingest', 'cli', 'export.ts'),
        '--episode',
        episodeId,
        '--out',
        out,
      ],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          NEO4J_URI: testNeo4jUri(),
          NEO4J_USER: user,
          NEO4J_PASSWORD: password,
        },
      },
    );
    expect(stdout).toMatch(/export: turns=6 claims=6 entities=4 exclusions=2 discrepancies=1/);
    for (const name of ['transcript.md', 'entities.yaml', 'claims.yaml', 'excluded.yaml']) {
      expect(readFileSync(path.join(out, episodeId, name), 'utf8')).toBe(
        readFileSync(path.join(exportedDir, name), 'utf8'),
      );
    }
  }, 120_000);
});
