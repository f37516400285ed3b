import { addTo, deriveDueDate } from '../../src/domain/horizon';
import type { LocatedAnnotationFile } from '../../src/ingest/annotations/read-annotation-file';
import { validateCorpus } from '../../src/ingest/corpus/validate-corpus';
import type { Episode } from '../../src/domain/transcript';

const AIR = '2025-05-22';

describe('deriveDueDate', () => {
  it.each([
    ['by the end of the year', '2025-12-31', null, 'END_OF_YEAR'],
    ['by the end of this year', '2025-12-31', null, 'END_OF_YEAR'],
    ['end of next year', '2026-12-31', null, 'END_OF_NEXT_YEAR'],
    ['this time next year', '2026-05-22', null, 'NEXT_YEAR_TODAY'],
    ['in five years', '2030-05-22', null, 'RELATIVE'],
    ['in a couple of months', '2025-07-22', null, 'RELATIVE'],
    ['by 2030', '2030-12-31', null, 'BY_YEAR'],
    ['before 2030', '2029-12-31', null, 'BY_YEAR'],
    ['by next year', '2026-12-31', null, 'NEXT_YEAR'],
    ['next year', null, { from: '2026-01-01', to: '2026-12-31' }, 'NEXT_YEAR'],
    ['in 2027', null, { from: '2027-01-01', to: '2027-12-31' }, 'IN_YEAR'],
    ['within the next two years', null, { from: AIR, to: '2027-05-22' }, 'RELATIVE_WINDOW'],
    ['this year', null, { from: AIR, to: '2025-12-31' }, 'THIS_YEAR'],
    [
      'by the end of this year to this time next year',
      null,
      { from: '2025-12-31', to: '2026-05-22' },
      'RANGE',
    ],
    ['by March', '2026-03-31', null, 'CALENDAR'],
    ['eventually', null, null, 'UNDATED'],
    ['Ultimately', null, null, 'UNDATED'],
    ['for a fair while', null, null, 'VAGUE'],
    ['', null, null, 'NONE'],
  ])('%s', (horizon, dueDate, window, rule) => {
    const derived = deriveDueDate(horizon, AIR);
    expect({ dueDate: derived.dueDate, window: derived.window, rule: derived.rule }).toEqual({
      dueDate,
      window,
      rule,
    });
    expect(derived.explanation.length).toBeGreaterThan(5);
  });

  it('never dates a horizon before the air date', () => {
    expect(deriveDueDate('by March', '2025-05-22').dueDate).toBe('2026-03-31');
    expect(deriveDueDate('in June', '2025-05-22').window).toEqual({
      from: '2025-06-01',
      to: '2025-06-30',
    });
    // A named year that ended before the air date is the past: no date, no inverted window.
    for (const past of ['in 2024', 'by 2024', '2023', 'before 2025']) {
      const derived = deriveDueDate(past, AIR);
      expect({
        past,
        dueDate: derived.dueDate,
        window: derived.window,
        rule: derived.rule,
      }).toEqual({ past, dueDate: null, window: null, rule: 'VAGUE' });
      expect(derived.explanation).toContain('before the air date');
    }
    // The air date's own year still dates.
    expect(deriveDueDate('in 2025', AIR).window).toEqual({ from: AIR, to: '2025-12-31' });
    expect(deriveDueDate('by 2025', AIR).dueDate).toBe('2025-12-31');
  });

  it('adds months without running past the end of a month', () => {
    expect(addTo('2025-01-31', 1, 'month')).toBe('2025-02-28');
    expect(addTo('2024-02-29', 1, 'year')).toBe('2025-02-28');
    expect(addTo('2025-05-22', 2, 'week')).toBe('2025-06-05');
  });

  it('agrees with the validator on the phrases it checks', () => {
    const episode: Episode = {
      id: '2025-05-22-test',
      title: 'Test',
      airDate: AIR,
      sourceFile: 'test.md',
      mediaUrl: null,
      speakers: [
        {
          id: 'ann',
          name: 'Ann',
          firstName: 'Ann',
          role: 'host',
          affiliation: null,
          expertise: null,
        },
      ],
      sections: [],
      notes: [],
      editorialNote: null,
      turns: [
        {
          id: '2025-05-22-test#t001',
          localId: 't001',
          position: 1,
          sectionId: '2025-05-22-test#s01',
          speakerId: 'ann',
          label: 'Ann',
          text: 'It will happen.',
          paragraphCount: 1,
          line: 1,
          startTime: null,
          endTime: null,
        },
      ],
    };
    const claims = ['by the end of the year', 'this time next year', 'eventually'].map(
      (horizon, i) => {
        const derived = deriveDueDate(horizon, AIR);
        return {
          id: `c${i}`,
          turn: 't001',
          quote: 'It will happen.',
          kind: 'prediction' as const,
          prediction: {
            horizon,
            ...(derived.dueDate ? { due: derived.dueDate } : {}),
            ...(derived.window ? { window: derived.window } : {}),
            resolutionCriteria: 'CORRECT if it happens.',
            confidence: { bucket: 'almost-certain' as const },
          },
        };
      },
    );
    const file: LocatedAnnotationFile = {
      file: 'derived.yaml',
      data: { episode: episode.id, claims },
      lineOf: () => 1,
    };
    const result = validateCorpus([episode], [file]);
    // The dates are what this compares; how a forecast will be judged is rule 12's own test.
    const judging = /resolutionCriteria|resolutionSource|unresolvable|windowReason/;
    const problems = result.ok ? [] : result.problems;
    expect(problems.filter((problem) => !judging.test(problem.field))).toEqual([]);
  });
});
