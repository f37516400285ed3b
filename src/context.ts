import type { Database } from './db/database';

/** What every resolver gets: this request's view of the database. */
export interface Context {
  db: Database;
}

export interface ContextDeps {
  db: Database;
}

export function createContext(deps: ContextDeps): Context {
  return { db: deps.db.scoped() };
}
