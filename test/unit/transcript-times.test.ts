import {
  formatClock,
  formatSpokenClock,
  isSafeMediaUrl,
  parseClock,
} from '../../src/domain/media-time';
import { parseTranscript } from '../../src/ingest/transcript/parse-transcript';

function transcript(headerExtra: string[], ...body: string[]): string {
  return [
    '# Timed Episode',
    '',
    '**Host:** Ada Lovelace',
    '**Panelists:** Grace Hopper (Navy, compilers)',
    '**Original Air Date:** 2024-03-03',
    ...headerExtra,
    '',
    '---',
    '',
    ...body,
  ].join('\n');
}

describe('clock times', () => {
  it.each([
    ['00:01:48.250', 108.25],
    ['1:02:03', 3723],
    ['2:03', 123],
    ['02:03.5', 123.5],
    ['00:00:01,040', 1.04],
    ['10:00:00.001', 36000.001],
  ])('reads %s as %d seconds', (text, seconds) => {
    expect(parseClock(text)).toBe(seconds);
  });

  it.each(['', '1:2', '00:61:00', 'abc', '1:02:03.4567', '-0:01'])('refuses %j', (text) => {
    expect(parseClock(text)).toBeUndefined();
  });

  it('writes hours and milliseconds always, and reads back what it wrote', () => {
    for (const seconds of [0, 0.001, 59.999, 108.25, 3723.04, 36000.5]) {
      expect(parseClock(formatClock(seconds))).toBe(seconds);
    }
    expect(formatClock(108.25)).toBe('00:01:48.250');
    expect(formatSpokenClock(754.9)).toBe('12:34');
    expect(formatSpokenClock(3723)).toBe('1:02:03');
  });
});

describe('media URLs', () => {
  it.each(['https://example.org/ep.mp3', 'http://cdn.example.org/a/b.m4a?x=1#t=3'])(
    'accepts %s',
    (url) => expect(isSafeMediaUrl(url)).toBe(true),
  );
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'data:audio/mp3;base64,AAAA',
    'file:///etc/passwd',
    '/relative/ep.mp3',
    'https://exa mple.org/x',
    'vbscript:msgbox',
  ])('refuses %j', (url) => expect(isSafeMediaUrl(url)).toBe(false));
});

describe('transcript.md with times and a media URL', () => {
  it('reads the media URL and each turn start and end, and keeps the words as they are', () => {
    const result = parseTranscript(
      'ep.md',
      transcript(
        ['**Media:** https://example.org/ep.mp3'],
        '## One',
        '',
        '**Ada:** [00:00:01.500-00:00:04.000] Hello there.',
        '',
        'More words.',
        '',
        '**Grace:** [0:05] Hi.',
        '',
        '**Ada:** No time here.',
      ),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { episode } = result;
    expect(episode.mediaUrl).toBe('https://example.org/ep.mp3');
    expect(episode.turns.map((t) => [t.text, t.startTime, t.endTime])).toEqual([
      ['Hello there.\n\nMore words.', 1.5, 4],
      ['Hi.', 5, null],
      ['No time here.', null, null],
    ]);
  });

  it('has no media URL and no times when the transcript gives none', () => {
    const result = parseTranscript('ep.md', transcript([], '**Ada:** [laughs] Hello.'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.episode.mediaUrl).toBeNull();
    expect(result.episode.turns[0]).toMatchObject({
      text: '[laughs] Hello.',
      startTime: null,
      endTime: null,
    });
  });

  it('refuses a javascript: media URL, naming the line', () => {
    const result = parseTranscript(
      'ep.md',
      transcript(['**Media:** javascript:alert(1)'], '**Ada:** Hello.'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        file: 'ep.md',
        line: 6,
        field: 'header.media',
        message: '"javascript:alert(1)" is not an absolute http:// or https:// URL',
      },
    ]);
  });

  it('refuses times that are malformed, run backwards or go back in time', () => {
    const result = parseTranscript(
      'ep.md',
      transcript(
        [],
        '**Ada:** [00:00:10-00:00:05] Backwards.',
        '',
        '**Grace:** [00:00:02] Earlier than the turn above.',
        '',
        '**Ada:** [00:99:00] Not a time.',
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [9, 'turn.time', 'the turn ends (00:00:05) before it starts (00:00:10)'],
      [11, 'turn.time', 'the turn starts at 00:00:02, before the turn above it (line 9)'],
      [13, 'turn.time', '"[00:99:00]" is not a time like [00:01:48.250-00:02:10.000] or [1:02:03]'],
    ]);
  });
});
