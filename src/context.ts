import type { TokenEntry, Viewer } from './auth';
import { viewerFrom } from './auth';
import type { Database } from './db/database';
import { createLoaders, type Loaders } from './loaders';
import type { Logger } from './log';
import { ResolutionService } from './resolutions/resolution-service';

/** What every resolver gets: this request's database view, loaders and caller. */
export interface Context {
  db: Database;
  loaders: Loaders;
  /** Resolutions and reopenings (check, write and read-back under the prediction's lock). */
  resolutions: ResolutionService;
  /** Null for anonymous callers and unknown tokens; reads do not need one. */
  viewer: Viewer | null;
  /** True when the request carried an Authorization header at all. */
  sentCredentials: boolean;
  /** Today's date (YYYY-MM-DD) for defaults such as dashboard(asOf). */
  today: string;
  /** This request's logger: every line carries its request id. */
  log: Logger;
  /**
   * Whether root fields read their selection in one statement (resolvers/shapes.ts). Off only
   * for the naive benchmark server and the tests that compare both paths.
   */
  compiled: boolean;
}

export interface ContextDeps {
  db: Database;
  tokens: TokenEntry[];
  authorization: string | undefined;
  log: Logger;
  now?: () => Date;
  /** False to load every related row through the loaders (see Context.compiled). */
  compiled?: boolean;
}

export function createContext(deps: ContextDeps): Context {
  const db = deps.db.scoped();
  const clock = deps.now ?? ((): Date => new Date());
  return {
    db,
    loaders: createLoaders(db),
    resolutions: new ResolutionService(db, clock),
    viewer: viewerFrom(deps.authorization, deps.tokens),
    sentCredentials: deps.authorization !== undefined && deps.authorization !== '',
    today: clock().toISOString().slice(0, 10),
    log: deps.log,
    compiled: deps.compiled ?? true,
  };
}
