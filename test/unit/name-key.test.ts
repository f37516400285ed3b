import { nameKey, nameKeys, nameWords } from '../../src/domain/name-key';

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
