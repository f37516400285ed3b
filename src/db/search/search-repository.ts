import type { Database } from '../database';
import { SEARCH } from './search-cypher';

export interface SearchRow {
  type: 'TURN' | 'CLAIM' | 'ENTITY';
  id: string;
  score: number;
  text: string;
}

export const searchRepository = {
  /** `query` must already be a safe Lucene query (see lucene-query.ts). */
  async search(db: Database, query: string, types: string[], first: number): Promise<SearchRow[]> {
    return db.read<SearchRow>(SEARCH, { query, types, first });
  },
};
