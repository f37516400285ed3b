import { findHedges, HEDGE_TABLE, readConfidence } from '../../src/domain/confidence-table';

describe('findHedges', () => {
  it('finds every phrase of the table, whole words only, in any case', () => {
    for (const row of HEDGE_TABLE) {
      for (const phrase of row.phrases) {
        const text = `Well, ${phrase.toUpperCase()} it happens.`;
        expect(findHedges(text).map((hedge) => hedge.phrase)).toEqual([phrase]);
      }
    }
  });

  it('lets the longer phrase win where two overlap, and reads curly apostrophes', () => {
    expect(findHedges('It probably won’t ship.').map((h) => h.phrase)).toEqual(["probably won't"]);
    expect(findHedges('I really do think so').map((h) => h.phrase)).toEqual(['i really do think']);
    expect(findHedges('that is very likely').map((h) => h.phrase)).toEqual(['very likely']);
  });

  it('does not find a phrase inside a longer word', () => {
    expect(findHedges('It is unlikely.').map((h) => h.phrase)).toEqual(['unlikely']);
    expect(findHedges('shoulder couldron maybeline')).toEqual([]);
  });

  it('gives offsets into the text as written', () => {
    const text = 'So I THINK it could work';
    for (const hedge of findHedges(text))
      expect(text.slice(hedge.start, hedge.end)).toBe(hedge.text);
  });
});

describe('readConfidence', () => {
  it('reads the least confident bucket, or the no-hedge one', () => {
    expect(readConfidence('It will work.').bucket).toBe('almost-certain');
    expect(readConfidence('I think it might work.').bucket).toBe('toss-up');
    expect(readConfidence('I doubt it, though I really think so.').bucket).toBe('unlikely');
    expect(readConfidence('It should work.').explanation).toContain('should');
  });
});
