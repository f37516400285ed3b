import { highlight, toLuceneQuery } from '../../src/db/search/lucene-query';

describe('toLuceneQuery', () => {
  it('escapes every Lucene operator and lower-cases AND/OR/NOT so they are searched, not obeyed', () => {
    expect(toLuceneQuery('title:(a OR b)~2 AND "x').query).toBe('title\\:\\(a or b\\)\\~2 and x');
    expect(toLuceneQuery("' OR 1=1 // `x` }) DETACH DELETE n //").terms).toEqual([
      'or',
      '1=1',
      'x',
      'detach',
      'delete',
      'n',
    ]);
    expect(toLuceneQuery('a+b -c && d || !e ^f [g] {h} ?i *j \\k /l').query).toBe(
      'a\\+b c d e f g h i j k l',
    );
  });

  it('searches a word with accents without them too, as entity names are indexed folded', () => {
    expect(toLuceneQuery('Pokémon Go').terms).toEqual(['pokémon', 'pokemon', 'go']);
    expect(toLuceneQuery('Pokemon').terms).toEqual(['pokemon']);
  });

  it('keeps nothing when nothing searchable is left', () => {
    expect(toLuceneQuery('  ~~ ** "" ').terms).toEqual([]);
  });
});

describe('highlight', () => {
  it('marks whole words only and escapes HTML', () => {
    expect(highlight('RL <b>works</b>; RLHF is older.', ['rl'])).toBe(
      '<mark>RL</mark> &lt;b&gt;works&lt;/b&gt;; RLHF is older.',
    );
  });

  it('centres long text on the first match', () => {
    const text = `${'word '.repeat(100)}needle ${'tail '.repeat(100)}`;
    const snippet = highlight(text, ['needle'], 60);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('<mark>needle</mark>');
  });
});
