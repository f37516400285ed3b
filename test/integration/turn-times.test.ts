/**
 * Turn times and the episode's media URL through the API: an episode imported from WebVTT
 * answers with seconds and its URL; the bundled episode, which has neither, answers null.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { PROJECT_ROOT } from '../../src/config';
import { importTranscript } from '../../src/ingest/captions/import-transcript';
import { importFiles } from '../../src/ingest/import-corpus';
import { EPISODE_ID, SEED_DIR } from '../support/corpus';
import { unseededApp } from '../support/seeded-app';

const EPISODE = `query ($id: ID!) {
  episode(id: $id) {
    mediaUrl
    sections { title turns { key startTime endTime speaker { name } } }
  }
}`;

interface EpisodeData {
  episode: {
    mediaUrl: string | null;
    sections: {
      title: string;
      turns: {
        key: string;
        startTime: number | null;
        endTime: number | null;
        speaker: { name: string };
      }[];
    }[];
  } | null;
}

let timedId = '';

// An empty graph behind the real server; the bundled corpus and the WebVTT episode go in once.
const api = unseededApp({
  setUp: async ({ db }) => {
    const imported = importTranscript({
      file: path.join(PROJECT_ROOT, 'test', 'fixtures', 'captions', 'apple-podcasts.vtt'),
      chapters: path.join(PROJECT_ROOT, 'test', 'fixtures', 'captions', 'apple-chapters.vtt'),
      title: 'Compute and Power',
      airDate: '2025-06-01',
      mediaUrl: 'https://example.org/compute-and-power.mp3',
      speakerNames: new Map(),
      out: mkdtempSync(path.join(os.tmpdir(), 'claimgraph-times-')),
    });
    timedId = imported.episodeId;
    await importFiles(db, [SEED_DIR, imported.dir]);
  },
});

async function episode(id: string): Promise<NonNullable<EpisodeData['episode']>> {
  const { status, body } = await api.gql<EpisodeData>(EPISODE, { id });
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  if (!body.data?.episode) throw new Error(`no episode ${id}`);
  return body.data.episode;
}

describe('Turn.startTime, Turn.endTime and Episode.mediaUrl', () => {
  it('answers seconds for each turn and the media URL of an episode imported from WebVTT', async () => {
    const data = await episode(timedId);
    expect(data.mediaUrl).toBe('https://example.org/compute-and-power.mp3');
    expect(
      data.sections.map((s) => [
        s.title,
        s.turns.map((t) => [t.speaker.name, t.startTime, t.endTime]),
      ]),
    ).toEqual([
      [
        'Introductions',
        [
          ['Marcus Lee', 0, 7.15],
          ['Priya Raman', 7.15, 9.01],
        ],
      ],
      [
        'Power versus chips',
        [
          ['Marcus Lee', 9.01, 15.48],
          ['Priya Raman', 15.48, 23.9],
          ['Marcus Lee', 21.3, 23.9],
          ['Priya Raman', 23.9, 30.25],
        ],
      ],
    ]);
  });

  it("answers the same through turn(id:) and a speaker's turns", async () => {
    const { body } = await api.gql<{
      turn: { startTime: number; endTime: number };
      person: { turns: { edges: { node: { startTime: number | null } }[] } };
    }>(
      `query ($turn: ID!) {
        turn(id: $turn) { startTime endTime }
        person(id: "priya-raman") { turns(first: 5) { edges { node { startTime } } } }
      }`,
      { turn: `${timedId}#t004` },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.turn).toEqual({ startTime: 15.48, endTime: 23.9 });
    expect(body.data?.person.turns.edges.map((e) => e.node.startTime)).toEqual([7.15, 15.48, 23.9]);
  });

  it('answers null for the bundled episode, which has no times and no media', async () => {
    const data = await episode(EPISODE_ID);
    expect(data.mediaUrl).toBeNull();
    const turns = data.sections.flatMap((s) => s.turns);
    expect(turns.length).toBeGreaterThan(50);
    expect(turns.every((t) => t.startTime === null && t.endTime === null)).toBe(true);
  });
});
