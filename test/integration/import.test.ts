import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Database } from '../../src/db/database';
import { graphCounts } from '../../src/db/import/import-repository';
import { loadCorpus } from '../../src/ingest/corpus/load-corpus';
import type { Corpus } from '../../src/domain/corpus';
import { importFiles } from '../../src/ingest/import-corpus';
import { InputError, type Problem } from '../../src/ingest/problems';
import {
  copyOfBundledEpisode,
  edit,
  EPISODE_DIR,
  EPISODE_ID,
  lineOf,
  SEED_DIR,
} from '../support/corpus';
import { resetGraph, snapshot } from '../support/graph';
import { seededApp } from '../support/seeded-app';

async function problemsOfImport(db: Database, inputs: string[]): Promise<Problem[]> {
  try {
    await importFiles(db, inputs);
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

const api = seededApp();

describe('importing the bundled episode', () => {
  let db: Database;
  let corpus: Corpus;

  beforeAll(() => {
    db = api.db;
    const loaded = loadCorpus([SEED_DIR]);
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    corpus = loaded.corpus;
  });

  // Each test starts from the bundled import: what one writes is undone before the next.
  afterEach(() => api.restore());

  it('writes exactly what the annotation files hold', async () => {
    const counts = await graphCounts(db);
    const episode = corpus.episodes[0];
    expect(episode?.id).toBe(EPISODE_ID);
    expect(counts[':Episode']).toBe(1);
    expect(counts[':Turn']).toBe(episode?.turns.length);
    expect(counts[':Turn']).toBe(95);
    expect(counts[':Section']).toBe(13);
    expect(counts[':Note']).toBe(6);
    expect(counts[':Claim']).toBe(corpus.claims.length);
    expect(counts[':Prediction']).toBe(corpus.claims.filter((c) => c.prediction).length);
    expect(counts[':Entity']).toBe(corpus.entities.length);
    expect(counts[':Person']).toBe(corpus.entities.filter((e) => e.type === 'person').length);
    expect(counts[':Discrepancy']).toBe(corpus.discrepancies.length);
    expect(counts['[MENTIONS]']).toBe(corpus.mentions.length);
    expect(counts['[STATED_IN]']).toBe(corpus.claims.length);
    expect(counts['[MADE_BY]']).toBe(corpus.claims.length);
    expect(counts['[SPOKEN_BY]']).toBe(95);
    expect(counts['[ABOUT]']).toBe(corpus.claims.reduce((n, c) => n + c.about.length, 0));
    expect(counts['[EXPLAINS]']).toBe(corpus.noteLinks.length);
    expect(counts['[IN_TURN]']).toBe(
      corpus.discrepancies.reduce((n, d) => n + d.turnIds.length, 0),
    );
    expect(counts[':Exclusion']).toBe(corpus.excluded.length);
    expect(counts['[EXCLUDED_IN]']).toBe(corpus.excluded.length);
    // Every entity is reachable by at least one name key.
    expect(counts['[NAMES]']).toBeGreaterThanOrEqual(corpus.entities.length);
    const claimRelations = ['SUPPORTS', 'CONTRADICTS', 'REFINES', 'ANSWERS', 'ENDORSES'].reduce(
      (n, type) => n + (counts[`[${type}]`] ?? 0),
      0,
    );
    expect(claimRelations).toBe(corpus.claimRelations.length);
    // The corpus is a real annotation, not a sample: these floors guard against losing it.
    expect(corpus.claims.length).toBeGreaterThan(150);
    expect(corpus.claims.filter((c) => c.prediction).length).toBeGreaterThanOrEqual(15);
  });

  it('links a claim to its speaker and to the exact words of its turn', async () => {
    const [row] = await db.read<{
      quote: string;
      text: string;
      start: number;
      end: number;
      speaker: string;
    }>(
      `MATCH (c:Prediction)-[s:STATED_IN]->(t:Turn), (c)-[:MADE_BY]->(p:Person)
       WHERE c.quote CONTAINS "a day's worth of work for a junior engineer"
       RETURN c.quote AS quote, t.text AS text, s.start AS start, s.end AS end, p.name AS speaker`,
    );
    expect(row?.speaker).toBe('Sholto Douglas');
    expect(row?.text.slice(row.start, row.end)).toBe(row?.quote);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await snapshot(db);
    const report = await importFiles(db, [SEED_DIR]);
    expect(report.changes).toEqual(
      expect.objectContaining({
        nodesCreated: 0,
        nodesDeleted: 0,
        relationshipsCreated: 0,
        relationshipsDeleted: 0,
      }),
    );
    expect(await snapshot(db)).toEqual(before);
  });

  describe('refuses a broken annotation file and leaves the graph as it was', () => {
    let before: string[];
    beforeAll(async () => {
      before = await snapshot(db);
    });
    afterEach(async () => {
      expect(await snapshot(db)).toEqual(before);
    });

    it('a quote that is not in its turn', async () => {
      const dir = copyOfBundledEpisode();
      const file = path.join(dir, 'claims-1.yaml');
      const original = 'RL in language models has finally worked';
      const line = lineOf(file, original);
      edit(file, original, 'RL in language models has finally failed');
      const problems = await problemsOfImport(db, [dir]);
      expect(problems).toEqual([
        {
          file: path.relative(process.cwd(), file),
          line,
          field: expect.stringMatching(/^claims\[\d+\]\.quote$/) as string,
          message: expect.stringContaining('does not occur verbatim in t010') as string,
        },
      ]);
    });

    it('an unknown turn', async () => {
      const dir = copyOfBundledEpisode();
      const file = path.join(dir, 'entities.yaml');
      edit(file, '{ turn: t054, form: DeepSeek }', '{ turn: t954, form: DeepSeek }');
      const problems = await problemsOfImport(db, [dir]);
      expect(problems).toEqual([
        expect.objectContaining({
          line: lineOf(file, 't954'),
          field: expect.stringMatching(/^entities\[\d+\]\.mentions\[\d+\]\.turn$/) as string,
          message: expect.stringContaining('unknown turn "t954"') as string,
        }),
      ]);
    });

    it('a duplicate id', async () => {
      const dir = copyOfBundledEpisode();
      const file = path.join(dir, 'entities.yaml');
      edit(file, '- id: deepseek\n', '- id: anthropic\n');
      const problems = await problemsOfImport(db, [dir]);
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            field: expect.stringMatching(/^entities\[\d+\]\.id$/) as string,
            message: 'duplicate entity id "anthropic" in this episode',
          }),
        ]),
      );
    });

    it('bad YAML', async () => {
      const dir = copyOfBundledEpisode();
      const file = path.join(dir, 'claims-2.yaml');
      edit(file, 'claims:\n', 'claims:\n  - { id: broken, turn: [t050\n');
      const problems = await problemsOfImport(db, [dir]);
      expect(problems[0]).toEqual(
        expect.objectContaining({ file: path.relative(process.cwd(), file), field: 'yaml' }),
      );
      expect(problems[0]?.line).toBeGreaterThan(1);
    });

    it('an empty file, a file that is not text, and a file far too large', async () => {
      const dir = copyOfBundledEpisode();
      writeFileSync(path.join(dir, 'empty.yaml'), '');
      writeFileSync(path.join(dir, 'binary.yaml'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
      writeFileSync(path.join(dir, 'huge.yaml'), Buffer.alloc(50 * 1024 * 1024, 0x20));
      const problems = await problemsOfImport(db, [dir]);
      expect(
        problems.map((p) => `${path.basename(p.file)}:${p.field}:${p.message}`).sort(),
      ).toEqual([
        'binary.yaml:file:annotation file is not text (it contains NUL bytes)',
        'empty.yaml:file:annotation file is empty',
        'huge.yaml:file:annotation file is 52428800 bytes; the limit is 5242880 bytes',
      ]);
    });

    it('an unknown speaker label in the transcript', async () => {
      const dir = copyOfBundledEpisode();
      const file = path.join(dir, 'transcript.md');
      edit(file, "**Trenton:** Yeah, it's fun.", "**Trent:** Yeah, it's fun.");
      const problems = await problemsOfImport(db, [dir]);
      expect(problems).toEqual([
        expect.objectContaining({
          line: lineOf(file, '**Trent:**'),
          field: 'turn.speaker',
          message: expect.stringContaining('unknown speaker label "Trent"') as string,
        }),
      ]);
    });

    it('injection strings are stored verbatim and change nothing else', async () => {
      // Not a failure: proof that values travel as parameters. Undone before the check below.
      const dir = copyOfBundledEpisode();
      const hostile = "' OR 1=1 // `x` }) DETACH DELETE n //";
      edit(
        path.join(dir, 'claims-1.yaml'),
        'paraphrase: ',
        `paraphrase: ${JSON.stringify(hostile)} # `,
      );
      await importFiles(db, [dir]);
      const stored = await db.read<{ paraphrase: string }>(
        'MATCH (c:Claim) WHERE c.paraphrase = $hostile RETURN c.paraphrase AS paraphrase',
        { hostile },
      );
      expect(stored).toEqual([{ paraphrase: hostile }]);
      const counts = await graphCounts(db);
      expect(counts[':Claim']).toBe(corpus.claims.length);
      await api.restore();
    });
  });

  it('imports a second, differently shaped transcript beside the first without touching it', async () => {
    const firstEpisode = `n.episodeId = '${EPISODE_ID}' OR n.id = '${EPISODE_ID}'`;
    const before = await snapshot(db, firstEpisode);
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'claimgraph-second-')), 'second');
    mkdirSync(dir);
    writeFileSync(
      path.join(dir, 'episode.md'),
      [
        '# Chips, Power and Patience',
        '**Host:** Rosalind Franklin',
        '**Panelists:** Lise Meitner (Kaiser Wilhelm Institute, physics)',
        '**Original Air Date:** 2026-01-15',
        '## Opening',
        '**Rosalind:** Welcome. Will fusion power a data centre by 2030?',
        '**Lise:** I think probably not by 2030.',
        '',
        'But one will run on fission before the end of next year.',
        '## Closing',
        '**Rosalind:** Thank you.',
      ].join('\n'),
    );
    writeFileSync(
      path.join(dir, 'annotations.yaml'),
      [
        'episode: 2026-01-15-chips-power-and-patience',
        'entities:',
        '  - id: fusion-power',
        '    type: concept',
        '    name: Fusion power',
        '    mentions: [{ turn: t001, form: fusion }]',
        'claims:',
        '  - id: lise-no-fusion-by-2030',
        '    turn: t002',
        '    quote: probably not by 2030',
        '    kind: prediction',
        '    about: [fusion-power]',
        '    prediction:',
        '      horizon: by 2030',
        '      due: 2030-12-31',
        '      resolutionCriteria: CORRECT if no fusion plant runs by 2030-12-31; INCORRECT if one does.',
        '      resolutionSource: The IAEA power reactor information system.',
        '      confidence: { hedges: [I think, probably], bucket: likely }',
      ].join('\n'),
    );
    const report = await importFiles(db, [dir]);
    expect(report.episodes).toEqual(['2026-01-15-chips-power-and-patience']);
    expect(await snapshot(db, firstEpisode)).toEqual(before);
    const [second] = await db.read<{ turns: number; speakers: string[] }>(
      `MATCH (e:Episode {id: '2026-01-15-chips-power-and-patience'})<-[:IN_EPISODE]-(:Section)<-[:IN_SECTION]-(t:Turn)-[:SPOKEN_BY]->(p)
       RETURN count(t) AS turns, collect(DISTINCT p.name) AS speakers`,
    );
    expect(second?.turns).toBe(3);
    expect(second?.speakers.sort()).toEqual(['Lise Meitner', 'Rosalind Franklin']);
    const [turn] = await db.read<{ text: string }>(
      "MATCH (t:Turn {id: '2026-01-15-chips-power-and-patience#t002'}) RETURN t.text AS text",
    );
    expect(turn?.text).toBe(
      'I think probably not by 2030.\n\nBut one will run on fission before the end of next year.',
    );
    const counts = await graphCounts(db);
    expect(counts[':Episode']).toBe(2);
  });

  describe('re-importing edited files', () => {
    it('imports one annotation file with the rest of its folder, losing nothing', async () => {
      const before = await snapshot(db);
      const report = await importFiles(db, [path.join(EPISODE_DIR, 'entities.yaml')]);
      expect(report.files).toHaveLength(5);
      expect(report.changes).toEqual(
        expect.objectContaining({ nodesDeleted: 0, relationshipsDeleted: 0 }),
      );
      expect(await snapshot(db)).toEqual(before);
    });

    it('removes a relation that left the file and moves an entity to its new type', async () => {
      const dir = copyOfBundledEpisode();
      const file = path.join(dir, 'entities.yaml');
      edit(
        file,
        '  - { from: sholto-douglas, type: affiliated_with, to: anthropic, role: RL scaling }\n',
        '',
      );
      edit(file, '  - id: mats\n    type: program\n', '  - id: mats\n    type: organization\n');
      await importFiles(db, [dir]);
      const [row] = await db.read<{ affiliations: number; labels: string[] }>(
        `MATCH (m:Entity {id: 'mats'})
         RETURN COUNT { (:Person {id: 'sholto-douglas'})-[:AFFILIATED_WITH]->(:Entity {id: 'anthropic'}) } AS affiliations,
                labels(m) AS labels`,
      );
      expect(row?.affiliations).toBe(0);
      expect(row?.labels.sort()).toEqual(['Entity', 'Organization']);
    });

    it('drops a premise and a mentionOnly mark that left the files, keeping the others', async () => {
      const dir = copyOfBundledEpisode();
      edit(
        path.join(dir, 'claims-2.yaml'),
        `    premise:
      {
        text: "If we're on track to AGI in some meaningful sense",
        governs: [t071, t072, t074, t075],
      }
`,
        '',
      );
      edit(
        path.join(dir, 'entities.yaml'),
        '{ turn: t093, form: Incuda, mentionOnly: true }',
        '{ turn: t093, form: Incuda }',
      );
      const premises = async (): Promise<Record<string, string | null>> =>
        Object.fromEntries(
          (
            await db.read<{ id: string; text: string | null }>(
              `MATCH (c:Claim|ClaimDraft) WHERE c.id IN $ids RETURN c.id AS id, c.premiseText AS text`,
              { ids: ['c2-countries-prepare-question', 'c2-white-collar-question'] },
            )
          ).map((row) => [row.id, row.text]),
        );
      const marks = (): Promise<{ form: string; keys: string[] }[]> =>
        db.read(
          `MATCH (:Turn)-[m:MENTIONS]->() WHERE m.form IN ['Incuda', 'baby AGI']
           RETURN m.form AS form, keys(m) AS keys ORDER BY form`,
        );
      expect(await premises()).toEqual({
        'c2-countries-prepare-question': "If we're on track to AGI in some meaningful sense",
        'c2-white-collar-question': expect.any(String) as string,
      });
      expect((await marks()).map((m) => m.keys.includes('mentionOnly'))).toEqual([true, true]);
      await importFiles(db, [dir]);
      const [gone] = await db.read<{ keys: string[] }>(
        `MATCH (c:Claim|ClaimDraft {id: 'c2-countries-prepare-question'}) RETURN keys(c) AS keys`,
      );
      expect(gone?.keys).not.toContain('premiseText');
      expect(gone?.keys).not.toContain('premiseGoverns');
      expect((await premises())['c2-white-collar-question']).toEqual(expect.any(String));
      // 'Incuda' lost its mark; 'baby AGI' keeps its own.
      expect((await marks()).map((m) => [m.form, m.keys.includes('mentionOnly')])).toEqual([
        ['Incuda', false],
        ['baby AGI', true],
      ]);
    });

    it('keeps what other episodes say of a shared entity, and drops entities no episode defines', async () => {
      const [before] = await db.read<{ description: string; externalIds: string[] }>(
        "MATCH (n:Entity {id: 'anthropic'}) RETURN n.description AS description, n.externalIds AS externalIds",
      );
      const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'claimgraph-shared-')), 'shared');
      mkdirSync(dir);
      writeFileSync(
        path.join(dir, 'episode.md'),
        [
          '# Shared Names',
          '**Host:** Ada Byron',
          '**Original Air Date:** 2026-03-01',
          '## One',
          '**Ada:** Anthropic and Fusion both came up.',
        ].join('\n'),
      );
      const annotations = (withFusion: boolean): string =>
        [
          'episode: 2026-03-01-shared-names',
          'entities:',
          '  - { id: anthropic, type: organization, name: Anthropic, mentions: [{ turn: t001, form: Anthropic }] }',
          ...(withFusion
            ? [
                '  - { id: cold-fusion, type: concept, name: Cold fusion, mentions: [{ turn: t001, form: Fusion }] }',
              ]
            : []),
        ].join('\n');
      writeFileSync(path.join(dir, 'annotations.yaml'), annotations(true));
      await importFiles(db, [dir]);
      const [after] = await db.read<{
        description: string;
        externalIds: string[];
        forms: string[];
      }>(
        "MATCH (n:Entity {id: 'anthropic'}) RETURN n.description AS description, n.externalIds AS externalIds, n.surfaceForms AS forms",
      );
      expect(after?.description).toBe(before?.description);
      expect(after?.externalIds).toEqual(before?.externalIds);
      expect(after?.forms).toContain('Anthropic');
      expect((await db.read("MATCH (n:Entity {id: 'cold-fusion'}) RETURN n.id AS id")).length).toBe(
        1,
      );

      writeFileSync(path.join(dir, 'annotations.yaml'), annotations(false));
      await importFiles(db, [dir]);
      expect(await db.read("MATCH (n:Entity {id: 'cold-fusion'}) RETURN n.id AS id")).toEqual([]);
      expect((await db.read("MATCH (n:Entity {id: 'anthropic'}) RETURN n.id AS id")).length).toBe(
        1,
      );
    });
  });

  it('serialises concurrent imports into an empty graph: no duplicate ids', async () => {
    await resetGraph(db);
    await Promise.all([
      importFiles(db, [SEED_DIR]),
      importFiles(db, [SEED_DIR]),
      importFiles(db, [SEED_DIR]),
    ]);
    const [row] = await db.read<{ locks: number; duplicates: number; claims: number }>(
      `RETURN COUNT { MATCH (:ImportLock) } AS locks,
              COUNT {
                MATCH (n) WHERE n:Episode OR n:Section OR n:Turn OR n:Entity OR n:Claim OR n:Topic OR n:Note OR n:Discrepancy
                WITH [l IN labels(n) WHERE l IN ['Episode', 'Section', 'Turn', 'Entity', 'Claim', 'Topic', 'Note', 'Discrepancy']][0] + '|' + n.id AS key, count(*) AS copies
                WHERE copies > 1 RETURN key
              } AS duplicates,
              COUNT { MATCH (:Claim) } AS claims`,
    );
    expect(row).toEqual({ locks: 1, duplicates: 0, claims: corpus.claims.length });
  });
});
