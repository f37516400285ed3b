import { hashToken, newToken, type Role, type TokenEntry } from '../../src/auth';
import { postGraphQL, type GraphQLResponse } from './http';

/** Bearer tokens for each role of the workbench: two reviewers, so one can review the other. */
export function workbenchTokens(): { tokens: TokenEntry[]; bearer: Record<string, string> } {
  const people: [string, Role][] = [
    ['ed', 'editor'],
    ['rev1', 'reviewer'],
    ['rev2', 'reviewer'],
    ['rd', 'reader'],
  ];
  const bearer: Record<string, string> = {};
  const tokens = people.map(([name, role]) => {
    const token = newToken();
    bearer[name] = token;
    return { name, role, hash: hashToken(token) };
  });
  return { tokens, bearer };
}

export type Call = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  who?: string | null,
) => Promise<GraphQLResponse<T>>;

/** GraphQL over HTTP as one of the token holders (null: anonymous). */
export function caller(url: string, bearer: Record<string, string>): Call {
  return (query, variables = {}, who = null) =>
    postGraphQL(url, query, variables, who ? { authorization: `Bearer ${bearer[who] ?? ''}` } : {});
}

export function codes(response: GraphQLResponse): (string | undefined)[] {
  return (response.body.errors ?? []).map((error) => error.extensions?.code);
}

/** The data of an answer that must have succeeded. */
export function data<T>(response: GraphQLResponse<T>): T {
  if (!response.body.data || response.body.errors) {
    throw new Error(`expected success: ${JSON.stringify(response.body.errors)}`);
  }
  return response.body.data;
}

/** A service-level caller with the editor role (for tests that call services directly). */
export function editor(name: string): {
  viewer: { name: string; role: Role };
  sentCredentials: boolean;
} {
  return { viewer: { name, role: 'editor' }, sentCredentials: true };
}
