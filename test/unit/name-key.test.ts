import { isNameForm, lookupKeys, nameKey, nameKeys, nameWords } from '../../src/domain/name-key';

describe('nameKey: names as people type them', () => {
  it.each([
    ['case', 'deepseek', 'DeepSeek'],
    ['accents', 'Pokemon', 'Pokémon'],
    ['punctuation', 'pass at K', 'pass-at-K!'],
    ['spacing', 'Deep  Seek', 'DeepSeek'],
    ['CamelCase', 'ClaudePlaysPokemon', 'Claude Plays Pokémon'],
    ['hyphens and case', 'claude-plays-pokemon', 'Claude Plays Pokemon'],
    ['compatibility forms', 'ﬁne-tuning', 'Fine tuning'],
    ['digits', 'GPT 3.5', 'GPT-3.5'],
  ])('folds %s: "%s" = "%s"', (_what, typed, stored) => {
    expect(nameKey(typed)).toBe(nameKey(stored));
    expect(nameKey(typed)).not.toBe('');
  });

  it('keeps different names apart', () => {
    expect(nameKey('Claude')).not.toBe(nameKey('Claude Plays Pokemon'));
    expect(nameKey('GPT-3')).not.toBe(nameKey('GPT-3.5'));
  });

  it('splits CamelCase, acronym runs and digits into words for full-text search', () => {
    expect(nameWords('ClaudePlaysPokemon')).toBe('claude plays pokemon');
    expect(nameWords('GPTModel')).toBe('gpt model');
    expect(nameWords('GPT4o')).toBe('gpt 4 o');
    expect(nameWords('ML Alignment & Theory Scholars')).toBe('ml alignment theory scholars');
  });

  it('gives no key for text without letters or digits, and dedupes keys', () => {
    expect(nameKey(' -- ')).toBe('');
    expect(nameKeys(['Pokémon', 'pokemon', '!!', 'Go'])).toEqual(['pokemon', 'go']);
  });
});

describe('lookupKeys: names answer lookups, surface forms do not', () => {
  const pokemon = { name: 'Pokémon', aliases: [] };
  const yc = { name: 'Y Combinator', aliases: ['YC'] };
  const sholto = { name: 'Sholto Douglas', aliases: [], labels: ['Sholto'] };

  it('keys the canonical name, the aliases and the speaker labels', () => {
    expect(lookupKeys(yc)).toEqual(['ycombinator', 'yc']);
    expect(lookupKeys(sholto)).toEqual(['sholtodouglas', 'sholto']);
  });

  it('treats a form as a name only when it folds to one of them', () => {
    expect(isNameForm('POKEMON', pokemon)).toBe(true);
    expect(isNameForm('the game', pokemon)).toBe(false);
    expect(isNameForm('YC', yc)).toBe(true);
    expect(isNameForm('YC', { name: 'Y Combinator', aliases: [] })).toBe(false);
    expect(isNameForm('Sholto', sholto)).toBe(true);
    expect(isNameForm('...', pokemon)).toBe(false);
  });
});
