/**
 * Names as people type them. One pure normaliser, used by the importer (to index every name,
 * alias and surface form of an entity) and by lookups (to fold what a user typed the same way),
 * so "ClaudePlaysPokemon", "Claude Plays Pokémon" and "claude-plays-pokemon" meet.
 *
 * Steps, in order: CamelCase and letter/digit boundaries become spaces (ClaudePlaysPokemon →
 * Claude Plays Pokemon, GPT4o → GPT 4 o); compatibility forms are unfolded and accents dropped
 * (Pokémon → Pokemon, ﬁ → fi); case is folded; every run of punctuation or spacing becomes one
 * space.
 */
export function nameWords(text: string): string {
  return (
    text
      // "PlaysPokemon": a lower letter or digit followed by a capital starts a word; so does the
      // last capital of an acronym run followed by a lower letter ("GPTModel" → GPT Model).
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
      .replace(/(\p{L})(\p{N})/gu, '$1 $2')
      .replace(/(\p{N})(\p{L})/gu, '$1 $2')
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/**
 * The lookup key: the words of nameWords run together, so spacing never matters
 * ("Deep Seek" = "DeepSeek" = "deepseek"). Empty when the text has no letter or digit.
 */
export function nameKey(text: string): string {
  return nameWords(text).replace(/ /g, '');
}

/** The distinct non-empty keys of several names, in first-seen order. */
export function nameKeys(names: readonly string[]): string[] {
  return [...new Set(names.map(nameKey).filter((key) => key !== ''))];
}

/** What an entity is called: the names a lookup may answer with it. */
export interface EntityNames {
  name: string;
  aliases: readonly string[];
  /** First names speakers are labelled with in transcripts ("Sholto"). */
  labels?: readonly string[];
}

/**
 * The lookup keys of an entity: its canonical name, its aliases and its speaker labels, never
 * a surface form as such. A form that folds to one of these is a name already; one that does
 * not ("the game" for Pokémon, "models" for DeepSeek's models) stays a mention with its offsets
 * and is found by full-text search, but a lookup by it answers nothing. A form that is a name
 * the key cannot reach ("YC") becomes one by being listed among the aliases.
 */
export function lookupKeys(entity: EntityNames): string[] {
  return nameKeys([entity.name, ...entity.aliases, ...(entity.labels ?? [])]);
}

/** True when a surface form is one of the entity's names, so a lookup by it finds the entity. */
export function isNameForm(form: string, entity: EntityNames): boolean {
  const key = nameKey(form);
  return key !== '' && lookupKeys(entity).includes(key);
}
