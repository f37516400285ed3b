import { closestPassage, locateQuote, occurrencesOf } from '../../src/domain/quote-finder';

const TURN =
  'Okay, so I think the biggest thing that has changed is that RL in language models has finally worked.\n\nI think this has only really been demonstrated in competitive programming.';

describe('locateQuote', () => {
  it('finds a verbatim quote and the occurrence asked for', () => {
    expect(locateQuote(TURN, 'RL in language models')).toEqual({
      ok: true,
      start: TURN.indexOf('RL in'),
      end: TURN.indexOf('RL in') + 'RL in language models'.length,
      occurrences: 1,
    });
    const second = locateQuote(TURN, 'I think', 2);
    expect(second).toMatchObject({ ok: true, start: TURN.lastIndexOf('I think'), occurrences: 2 });
    expect(locateQuote(TURN, 'I think', 3)).toEqual({ ok: false, occurrences: 2, closest: null });
  });

  it('names the closest passage of a quote that is not verbatim', () => {
    const missed = locateQuote(TURN, 'RL in langauge model has finaly worked');
    expect(missed.ok).toBe(false);
    if (missed.ok) return;
    expect(missed.closest?.text).toBe('RL in language models has finally worked');
    expect(missed.closest?.distance).toBe(4);
  });

  it('ignores case in the distance and widens the passage to whole words', () => {
    expect(closestPassage(TURN, 'COMPETITIVE PROGRAM')?.text).toBe('competitive programming');
    expect(closestPassage(TURN, 'competitive program')?.distance).toBe(0);
  });

  it('finds a passage across the paragraph break, and nothing in empty text', () => {
    expect(closestPassage(TURN, 'finally worked. I think this')?.text).toBe(
      'finally worked.\n\nI think this',
    );
    expect(closestPassage('', 'anything')).toBeNull();
    expect(closestPassage(TURN, '')).toBeNull();
  });

  it('bounds the work for a very long quote and still points at the right place', () => {
    const long = `${'word '.repeat(4000)}the needle is here${' filler'.repeat(4000)}`;
    const found = closestPassage(long, `the neddle is here${' filler'.repeat(3000)}`);
    expect(found?.start).toBe(long.indexOf('the needle'));
  });

  it('counts non-overlapping occurrences', () => {
    expect(occurrencesOf('aaaa', 'aa')).toEqual([0, 2]);
    expect(occurrencesOf('abc', '')).toEqual([]);
  });
});
