import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { oneHourVtt } from '../../../bench/one-hour-vtt';
import { detectFormat } from '../../../src/ingest/captions/detect-format';
import {
  importTranscript,
  type TranscriptImport,
} from '../../../src/ingest/captions/import-transcript';
import { loadCorpus } from '../../../src/ingest/corpus/load-corpus';
import { InputError, type Problem } from '../../../src/ingest/problems';
import { parseTranscript } from '../../../src/ingest/transcript/parse-transcript';
import type { Episode } from '../../../src/domain/transcript';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'captions');

function run(file: string, extra: Partial<TranscriptImport> = {}) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-transcript-'));
  const result = importTranscript({
    file: path.join(FIXTURES, file),
    title: 'Compute and Power',
    airDate: '2025-06-01',
    mediaUrl: null,
    speakerNames: new Map([
      ['SPEAKER_00', 'Marcus Lee'],
      ['SPEAKER_01', 'Priya Raman'],
    ]),
    out,
    ...extra,
  });
  const text = readFileSync(path.join(result.dir, 'transcript.md'), 'utf8');
  const parsed = parseTranscript('transcript.md', text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { result, out, text, episode: parsed.episode };
}

/** [speaker id, start, end, text] of every turn. */
function turns(episode: Episode): [string, number | null, number | null, string][] {
  return episode.turns.map((t) => [t.speakerId, t.startTime, t.endTime, t.text]);
}

function problemsOf(
  file: string,
  extra: Partial<TranscriptImport> = {},
): { problems: Problem[]; out: string } {
  const out = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-transcript-'));
  try {
    run(file, { out, ...extra });
  } catch (error) {
    if (error instanceof InputError) return { problems: error.problems, out };
    throw error;
  }
  throw new Error(`expected ${file} to be refused`);
}

describe('npm run transcript -- import, on files shaped like real hosts export', () => {
  it('Apple Podcasts WebVTT: voice spans, NOTE blocks ignored, entities, two voices in a cue', () => {
    const { episode, result } = run('apple-podcasts.vtt', {
      mediaUrl: 'https://example.org/compute-and-power.mp3',
    });
    expect(result).toMatchObject({ format: 'vtt', cues: 8, turns: 6, sections: 1 });
    expect(episode.mediaUrl).toBe('https://example.org/compute-and-power.mp3');
    expect(episode.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Marcus Lee', 'host'],
      ['Priya Raman', 'panelist'],
    ]);
    expect(turns(episode)).toEqual([
      [
        'marcus-lee',
        0,
        7.15,
        "Welcome back to Compute & Power. I'm Marcus Lee. Today I'm joined by Priya Raman, who builds data centres for a living.",
      ],
      ['priya-raman', 7.15, 9.01, 'Thanks for having me, Marcus.'],
      [
        'marcus-lee',
        9.01,
        15.48,
        'So, the big question: will power, not chips, limit training runs by 2027?',
      ],
      [
        'priya-raman',
        15.48,
        23.9,
        'I really do think so. Grid interconnects take five years, and a gigawatt campus needs one. Chips ship in months.',
      ],
      ['marcus-lee', 21.3, 23.9, 'Months, right.'],
      ['priya-raman', 23.9, 30.25, 'Exactly — and that gap is the whole story.'],
    ]);
    expect(episode.sections.map((s) => s.title)).toEqual(['Conversation']);
  });

  it('takes sections from a WebVTT chapters file', () => {
    const { episode } = run('apple-podcasts.vtt', {
      chapters: path.join(FIXTURES, 'apple-chapters.vtt'),
    });
    expect(episode.sections.map((s) => s.title)).toEqual(['Introductions', 'Power versus chips']);
    expect(episode.turns.map((t) => t.sectionId.slice(-3))).toEqual([
      's01',
      's01',
      's02',
      's02',
      's02',
      's02',
    ]);
  });

  it("YouTube's WebVTT: Kind/Language header, cue settings, >> NAME: prefixes", () => {
    const { episode } = run('youtube.vtt', {
      speakerNames: new Map([
        ['MARCUS', 'Marcus Lee'],
        ['PRIYA', 'Priya Raman'],
      ]),
    });
    expect(turns(episode)).toEqual([
      [
        'marcus-lee',
        0,
        5.4,
        'Hey everybody, welcome to the show. Today we are talking about the power grid.',
      ],
      ['priya-raman', 5.4, 8.1, '[laughs] Happy to be here, thanks.'],
      ['marcus-lee', 8.1, 11, 'So where do we start?'],
    ]);
  });

  it("YouTube's automatic captions: rolling lines are read once; no speaker, one named by --speaker", () => {
    const { episode, result } = run('youtube-auto.vtt', {
      speakerNames: new Map([['SPEAKER', 'Marcus Lee']]),
    });
    expect(result.warnings).toEqual([expect.stringMatching(/name no speaker/)]);
    expect(turns(episode)).toEqual([
      ['marcus-lee', 0.03, 7.5, 'welcome back to the show today we talk about power and chips'],
    ]);
  });

  it('Rev SRT: byte order mark, CRLF, NAME: prefixes in capitals, italics, unprefixed cues', () => {
    const { episode, result } = run('rev.srt');
    expect(result.format).toBe('srt');
    expect(turns(episode)).toEqual([
      ['marcus-lee', 0, 8.95, 'Welcome back to the show. Today we are talking about the grid.'],
      ['priya-raman', 8.95, 12.1, 'Thanks, Marcus. Glad to be here.'],
      ['marcus-lee', 12.1, 16, 'Let us start with interconnects.'],
    ]);
  });

  it('Descript SRT: "Speaker 1:" labels mapped with --speaker, <font> tags dropped', () => {
    const { episode } = run('descript.srt', {
      speakerNames: new Map([
        ['Speaker 1', 'Marcus Lee'],
        ['Speaker 2', 'Priya Raman'],
      ]),
    });
    expect(turns(episode)).toEqual([
      ['marcus-lee', 0, 3.5, "Okay, we're rolling."],
      ['priya-raman', 3.5, 6.25, 'Great. So what changed this year?'],
      [
        'marcus-lee',
        6.25,
        13.75,
        'Honestly? Everything about how we buy electricity. Long-term contracts are back.',
      ],
    ]);
  });

  it('WhisperX JSON: diarised speakers, times to the millisecond, a segment with no speaker', () => {
    const { episode, result } = run('whisperx.json');
    expect(result.format).toBe('whisper');
    expect(turns(episode)).toEqual([
      ['marcus-lee', 0.031, 7.9, "Welcome back to Compute and Power. I'm here with Priya."],
      ['priya-raman', 8.12, 14, 'Thanks. Grid interconnects are the bottleneck. Mm-hmm.'],
      ['marcus-lee', 14.2, 18.444, 'Why is that?'],
    ]);
  });

  it('Whisper JSON without diarisation is one speaker', () => {
    const { episode } = run('whisper.json', { speakerNames: new Map([['SPEAKER', 'Ada Host']]) });
    expect(turns(episode)).toEqual([['ada-host', 0, 5, 'Welcome back. Today, power.']]);
  });

  it('a text transcript from a podcast site: three speaker-line styles, paragraphs, chapters', () => {
    const { episode, result } = run('podcast-site.txt');
    expect(result.format).toBe('text');
    expect(episode.sections.map((s) => s.title)).toEqual(['Introductions', 'Power versus chips']);
    expect(turns(episode)).toEqual([
      [
        'marcus-lee',
        0,
        12,
        "Welcome back to Compute and Power. I'm Marcus Lee, and today I'm joined by Priya Raman.\n\nShe builds data centres for a living.",
      ],
      ['priya-raman', 12, 20, 'Thanks for having me.'],
      ['marcus-lee', 20, 31, 'So, will power, not chips, limit training runs by 2027?'],
      [
        'priya-raman',
        31,
        null,
        'I really do think so. Grid interconnects take five years, and a gigawatt campus needs one.',
      ],
    ]);
  });

  it('writes a folder that npm run validate accepts as it is', () => {
    const { result } = run('apple-podcasts.vtt');
    expect(readdirSync(result.dir).sort()).toEqual([
      'claims.yaml',
      'entities.yaml',
      'transcript.md',
    ]);
    const loaded = loadCorpus([result.dir]);
    expect(loaded.ok).toBe(true);
  });

  it('guesses the format from the extension, else from the content', () => {
    const read = (file: string): string => readFileSync(path.join(FIXTURES, file), 'utf8');
    expect(detectFormat('x.vtt', '')).toBe('vtt');
    expect(detectFormat('x.SRT', '')).toBe('srt');
    expect(detectFormat('x.json', '')).toBe('whisper');
    expect(detectFormat('x.txt', '')).toBe('text');
    expect(detectFormat('captions', read('youtube.vtt'))).toBe('vtt');
    expect(detectFormat('captions', read('descript.srt'))).toBe('srt');
    expect(detectFormat('captions', read('whisperx.json'))).toBe('whisper');
    expect(detectFormat('captions', read('podcast-site.txt'))).toBe('text');
  });

  it('refuses to write over an episode folder that exists', () => {
    const { out } = run('rev.srt');
    const { problems } = problemsOf('rev.srt', { out });
    expect(problems[0]?.message).toMatch(/already exists; nothing was written/);
  });
});

describe('malformed files: an error naming file, line and what was expected; nothing written', () => {
  it.each([
    [
      'bad-timing.vtt',
      8,
      /Must be exactly two digits\. Expected a timing line like "00:01:48\.250 --> 00:01:52\.000"/,
    ],
    ['no-signature.vtt', 1, /No valid signature/],
    ['backwards.vtt', 3, /End timestamp is not greater than start timestamp/],
    [
      'missing-timing.srt',
      6,
      /Cue identifier needs to be followed by timestamp\. Expected a timing line/,
    ],
    ['segment-without-end.json', 4, /is required: a Whisper segment has start and end/],
    ['not-json.json', 4, /not JSON: value expected/],
    [
      'bad-time.txt',
      4,
      /"00:75:12" is not a time; expected a speaker line like "Name \(00:01:48\)"/,
    ],
    ['text-before-speaker.txt', 1, /text before any speaker line/],
  ])('%s: line %d', (file, line, message) => {
    const { problems, out } = problemsOf(path.join('malformed', file));
    expect(problems[0]).toMatchObject({
      file: expect.stringContaining(file) as unknown,
      line,
      message: expect.stringMatching(message) as unknown,
    });
    // Not even a partial folder, nor a staging folder beside it.
    expect(readdirSync(out)).toEqual([]);
  });

  it('a speaker name that would break the transcript markup is refused at its cue', () => {
    const { problems } = problemsOf('descript.srt', {
      speakerNames: new Map([['Speaker 1', 'Marcus: Lee']]),
    });
    expect(problems[0]).toMatchObject({ line: 2, field: 'speaker' });
    expect(problems[0]?.message).toMatch(/map it with --speaker "Speaker 1=Full Name"/);
  });

  it('the episode folder is absent after a refusal', () => {
    const { out } = problemsOf(path.join('malformed', 'bad-timing.vtt'));
    expect(existsSync(path.join(out, '2025-06-01-compute-and-power'))).toBe(false);
  });
});

describe('the one-hour WebVTT that npm run bench:transcript times', () => {
  it('is an hour of about 900 cues in three voices, and imports', () => {
    const vtt = oneHourVtt();
    expect(vtt.cues).toBeGreaterThan(850);
    expect(vtt.cues).toBeLessThan(950);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-one-hour-'));
    writeFileSync(path.join(dir, 'one-hour.vtt'), vtt.text);
    const result = importTranscript({
      file: path.join(dir, 'one-hour.vtt'),
      title: 'One Hour',
      airDate: '2025-06-01',
      mediaUrl: null,
      speakerNames: new Map(),
      out: dir,
    });
    expect(result.cues).toBe(vtt.cues);
    expect(result.speakers).toHaveLength(3);
    const text = readFileSync(path.join(result.dir, 'transcript.md'), 'utf8');
    const parsed = parseTranscript('transcript.md', text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.episode.turns.at(-1)?.endTime).toBe(3600);
  });
});
