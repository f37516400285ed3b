import { parseAirDate, parseTranscript } from '../../src/ingest/transcript/parse-transcript';
import { decodeText } from '../../src/ingest/text-file';

const HEADER = [
  '# A Test Episode: Parsing!',
  '',
  '**Host:** Ada Lovelace  ',
  '**Panelists:** Grace Hopper (Navy, compilers, COBOL), Alan Turing (Bletchley Park, cryptanalysis)  ',
  '**Original Air Date:** March 3, 2024',
  '',
  '---',
  '',
];

function transcript(...body: string[]): string {
  return [...HEADER, ...body].join('\n');
}

function parseOk(text: string) {
  const result = parseTranscript('ep.md', text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.episode;
}

function problemsOf(text: string) {
  const result = parseTranscript('ep.md', text);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('parseTranscript', () => {
  it('reads the title, host, panelists with affiliation and role, and the air date', () => {
    const episode = parseOk(transcript('## One', '', '**Ada:** Hello.'));
    expect(episode.title).toBe('A Test Episode: Parsing!');
    expect(episode.airDate).toBe('2024-03-03');
    expect(episode.id).toBe('2024-03-03-a-test-episode-parsing');
    expect(episode.speakers).toEqual([
      {
        id: 'ada-lovelace',
        name: 'Ada Lovelace',
        firstName: 'Ada',
        role: 'host',
        affiliation: null,
        expertise: null,
      },
      {
        id: 'grace-hopper',
        name: 'Grace Hopper',
        firstName: 'Grace',
        role: 'panelist',
        affiliation: 'Navy',
        expertise: 'compilers, COBOL',
      },
      {
        id: 'alan-turing',
        name: 'Alan Turing',
        firstName: 'Alan',
        role: 'panelist',
        affiliation: 'Bletchley Park',
        expertise: 'cryptanalysis',
      },
    ]);
  });

  it('splits sections, continues turns over paragraphs, and resolves first names', () => {
    const episode = parseOk(
      transcript(
        '## First Part',
        '',
        '**Ada:** Opening words.',
        '',
        '**Grace:** First paragraph.',
        '',
        'Second paragraph of the same turn.',
        '',
        '## Second Part',
        '**Alan:** In the second section.',
        '**Grace Hopper:** A full-name label works too.',
      ),
    );
    expect(episode.sections.map((s) => [s.localId, s.title])).toEqual([
      ['s01', 'First Part'],
      ['s02', 'Second Part'],
    ]);
    expect(episode.turns.map((t) => [t.localId, t.speakerId, t.sectionId.split('#')[1]])).toEqual([
      ['t001', 'ada-lovelace', 's01'],
      ['t002', 'grace-hopper', 's01'],
      ['t003', 'alan-turing', 's02'],
      ['t004', 'grace-hopper', 's02'],
    ]);
    expect(episode.turns[1]?.text).toBe('First paragraph.\n\nSecond paragraph of the same turn.');
    expect(episode.turns[1]?.paragraphCount).toBe(2);
    expect(episode.turns[1]?.line).toBe(HEADER.length + 5);
  });

  it('derives stable turn ids from the episode and the position', () => {
    const text = transcript('## S', '**Ada:** one', '**Alan:** two');
    const first = parseOk(text);
    const second = parseOk(text);
    expect(first.turns.map((t) => t.id)).toEqual([
      '2024-03-03-a-test-episode-parsing#t001',
      '2024-03-03-a-test-episode-parsing#t002',
    ]);
    expect(second.turns.map((t) => t.id)).toEqual(first.turns.map((t) => t.id));
  });

  it('keeps verification notes and the closing editorial note out of the turns', () => {
    const episode = parseOk(
      transcript(
        '## Talk',
        '**Ada:** We discussed the Engine.',
        '',
        '---',
        '',
        '*Note: Ads were removed from this transcript.*',
        '',
        '## Verification Notes',
        '',
        '[^1]: **Analytical Engine**: A proposed mechanical computer.',
        '',
        '[^2]: **Bombe**: An electromechanical device',
        'used at Bletchley Park.',
      ),
    );
    expect(episode.turns).toHaveLength(1);
    expect(episode.turns[0]?.text).toBe('We discussed the Engine.');
    expect(episode.editorialNote).toBe('Note: Ads were removed from this transcript.');
    expect(episode.notes).toEqual([
      expect.objectContaining({
        number: 1,
        term: 'Analytical Engine',
        text: 'A proposed mechanical computer.',
      }),
      expect.objectContaining({
        number: 2,
        term: 'Bombe',
        text: 'An electromechanical device\nused at Bletchley Park.',
      }),
    ]);
  });

  it('names the line of an unknown speaker label', () => {
    const problems = problemsOf(transcript('## S', '**Ada:** hi', '**Charles:** who am I?'));
    expect(problems).toEqual([
      {
        file: 'ep.md',
        line: HEADER.length + 3,
        field: 'turn.speaker',
        message: expect.stringContaining('unknown speaker label "Charles"') as string,
      },
    ]);
  });

  it('refuses a transcript without a title or header', () => {
    expect(problemsOf('**Ada:** no title')).toEqual([
      expect.objectContaining({ line: 1, field: 'title' }),
    ]);
    const noHost = problemsOf('# Title\n\n**Original Air Date:** May 1, 2024\n\n## S\n**Ada:** hi');
    expect(noHost).toEqual([expect.objectContaining({ field: 'header.host' })]);
    const noDate = problemsOf('# Title\n\n**Host:** Ada Lovelace\n\n## S\n**Ada:** hi');
    expect(noDate).toEqual([expect.objectContaining({ field: 'header.airDate' })]);
    const badDate = problemsOf(
      '# T\n**Host:** Ada Lovelace\n**Original Air Date:** Smarch 40, 2024\n',
    );
    expect(badDate).toEqual([expect.objectContaining({ line: 3, field: 'header.airDate' })]);
  });

  it('refuses a transcript with no turns', () => {
    expect(problemsOf(transcript('## Empty section', '', '---'))).toEqual([
      expect.objectContaining({
        field: 'turns',
        message: expect.stringContaining('no turns') as string,
      }),
    ]);
  });

  it('refuses text outside any turn and an ambiguous label', () => {
    expect(problemsOf(transcript('## S', 'Orphan paragraph.'))).toEqual([
      expect.objectContaining({ line: HEADER.length + 2, field: 'turn' }),
    ]);
    const twins = [
      '# Twins',
      '**Host:** Sam Smith',
      '**Panelists:** Sam Jones (X, y)',
      '**Original Air Date:** 2024-01-02',
      '## S',
      '**Sam:** which one?',
    ].join('\n');
    expect(problemsOf(twins)).toEqual([
      expect.objectContaining({
        line: 6,
        message: expect.stringContaining('more than one') as string,
      }),
    ]);
  });

  it('refuses a file that is not text', () => {
    const binary = decodeText(
      'x.md',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
      'transcript',
    );
    expect(binary).toEqual({
      ok: false,
      problem: {
        file: 'x.md',
        line: 0,
        field: 'file',
        message: 'transcript is not text (it contains NUL bytes)',
      },
    });
    const latin1 = decodeText('y.md', new Uint8Array([0x23, 0x20, 0xe9, 0xe8]), 'transcript');
    expect(latin1).toEqual(expect.objectContaining({ ok: false }));
    expect(decodeText('z.md', new Uint8Array([0x20, 0x0a]), 'transcript')).toEqual(
      expect.objectContaining({
        ok: false,
        problem: expect.objectContaining({ message: 'transcript is empty' }) as unknown,
      }),
    );
  });

  it('parses spoken and ISO air dates, and rejects impossible ones', () => {
    expect(parseAirDate('May 22, 2025')).toBe('2025-05-22');
    expect(parseAirDate('Sept 1, 2023')).toBe('2023-09-01');
    expect(parseAirDate('2025-05-22')).toBe('2025-05-22');
    expect(parseAirDate('February 30, 2025')).toBeUndefined();
    expect(parseAirDate('2025-13-01')).toBeUndefined();
  });
});

describe('parseTranscript: edges', () => {
  it('keeps a cold open that comes before any rule or heading', () => {
    const episode = parseOk(
      [
        '# Cold Open',
        '**Host:** Ada Lovelace',
        '**Original Air Date:** 2024-01-02',
        '**Ada:** Before any heading.',
        '## Later',
        '**Ada:** Second turn.',
      ].join('\n'),
    );
    expect(
      episode.turns.map((turn) => [turn.localId, turn.text, turn.sectionId.split('#')[1]]),
    ).toEqual([
      ['t001', 'Before any heading.', 's00'],
      ['t002', 'Second turn.', 's01'],
    ]);
  });

  it('keeps an italic aside inside its turn and a closing note outside', () => {
    const episode = parseOk(
      transcript(
        '## S',
        '**Ada:** Start.',
        '',
        '*laughs*',
        '',
        'Goes on.',
        '',
        '*Note: edited for length.*',
      ),
    );
    expect(episode.turns[0]?.text).toBe('Start.\n\n*laughs*\n\nGoes on.');
    expect(episode.editorialNote).toBe('Note: edited for length.');
  });
});
