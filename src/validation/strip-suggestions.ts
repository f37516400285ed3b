/**
 * graphql-js's " Did you mean …?" suffix, in all its shapes: one, two or several quoted names,
 * optionally after a phrase (' Did you mean the enum value "A"?',
 * ' Did you mean to use an inline fragment on "A" or "B"?').
 */
const SUGGESTION = / Did you mean (?:[^"?]+ )?"[^"]*"(?:, "[^"]*")*(?:,? or "[^"]*")?\?/g;

/**
 * Removes graphql-js's field, type, argument and enum value suggestions from an error message,
 * so that in production a misspelt name reveals nothing about the schema.
 */
export function stripSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}
