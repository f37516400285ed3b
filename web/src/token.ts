import { useSyncExternalStore } from 'react';

/**
 * The bearer token of the person signed in, kept in this tab's sessionStorage only (never a
 * cookie): it is gone when the tab closes and is sent only to this service, by the urql client
 * (client.ts). The prediction page's editor form reads and writes the same key.
 */
export const TOKEN_KEY = 'claimgraph.editorToken';

const listeners = new Set<() => void>();

export function readToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY)?.trim() ?? '';
  } catch {
    // Storage can be switched off; the dashboard then reads as anonymous.
    return '';
  }
}

/** Keeps the token for this tab (an empty one signs out) and tells every subscriber. */
export function storeToken(value: string): void {
  const token = value.trim();
  try {
    if (token === '') sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Nothing to keep it in: the sign-in form says the token was not accepted.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The token now, re-rendering when someone signs in or out in this tab. */
export function useToken(): string {
  return useSyncExternalStore(subscribe, readToken);
}

/** The Authorization header for the token kept, or none. */
export function authorizationHeaders(): Record<string, string> {
  const token = readToken();
  return token === '' ? {} : { authorization: `Bearer ${token}` };
}
