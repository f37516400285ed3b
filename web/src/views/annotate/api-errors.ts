import type { CombinedError } from 'urql';

/** What the API said when it refused a write, in words a person can act on. */
export function refusal(error: CombinedError): string {
  if (error.networkError) return `The API did not answer: ${error.networkError.message}`;
  return error.graphQLErrors
    .map((e) => {
      const code = typeof e.extensions.code === 'string' ? e.extensions.code : '';
      const hint =
        code === 'UNAUTHENTICATED'
          ? ' Sign in with an editor or reviewer token.'
          : code === 'FORBIDDEN'
            ? ' Your token does not allow this.'
            : '';
      return `${e.message}${code ? ` (${code})` : ''}.${hint}`;
    })
    .join(' ');
}
