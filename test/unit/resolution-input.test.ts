import { resolutionProblems } from '../../src/resolutions/resolution-input';

const episode = { airDate: '2025-05-22' };
const good = {
  status: 'CORRECT',
  url: 'https://example.org/a',
  note: 'shown',
  resolvedAt: '2026-01-01',
};

describe('resolutionProblems', () => {
  it('accepts a complete resolution', () => {
    expect(resolutionProblems(good, episode, '2026-11-25')).toEqual([]);
    expect(
      resolutionProblems({ ...good, resolvedAt: null, note: null }, episode, '2026-11-25'),
    ).toEqual([]);
  });

  it('names each bad argument', () => {
    expect(resolutionProblems({ ...good, status: 'OPEN' }, episode, '2026-11-25')).toEqual([
      ['status', 'use reopenPrediction to set a prediction back to OPEN'],
    ]);
    expect(
      resolutionProblems({ ...good, url: 'ftp://x.org/a' }, episode, '2026-11-25')[0]?.[0],
    ).toBe('evidence.url');
    expect(resolutionProblems({ ...good, url: 'not a url' }, episode, '2026-11-25')[0]?.[0]).toBe(
      'evidence.url',
    );
    expect(
      resolutionProblems({ ...good, resolvedAt: '2025-05-21' }, episode, '2026-11-25'),
    ).toEqual([['resolvedAt', 'cannot be before the episode aired (2025-05-22)']]);
    expect(
      resolutionProblems({ ...good, resolvedAt: '2026-11-26' }, episode, '2026-11-25'),
    ).toEqual([['resolvedAt', 'cannot be in the future (today is 2026-11-25)']]);
    expect(resolutionProblems({ ...good, note: 'x'.repeat(2001) }, episode, '2026-11-25')).toEqual([
      ['evidence.note', 'must be at most 2000 characters'],
    ]);
  });
});
