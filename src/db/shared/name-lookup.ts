import { nameKey } from '../../domain/name-key';
import type { Params } from '../database';

/**
 * Names to ids, once per statement, through indexes only. `$<param>` is what the user typed and
 * `$<param>Key` its key (src/domain/name-key.ts): an id matches exactly through the id
 * constraint; any name, alias, surface form or speaker label matches by key through the unique
 * NameKey index, so case, accents, punctuation, spacing and CamelCase never matter. Every
 * statement that takes a speaker or an entity by name goes through here.
 *
 * Each lookup is a `COLLECT { ... }` expression: the list of matching ids, computed once.
 */
function idsByNameKey(param: string, label: 'Entity' | 'Person'): string {
  return `COLLECT {
  MATCH (x:${label} {id: $${param}}) RETURN x.id AS id
  UNION
  MATCH (:NameKey {key: $${param}Key})-[:NAMES]->(x:${label}) RETURN x.id AS id
}`;
}

export const nameLookup = {
  people: (param: string): string => idsByNameKey(param, 'Person'),
  entities: (param: string): string => idsByNameKey(param, 'Entity'),

  /** The parameters a lookup of `value` under `param` needs. */
  params(param: string, value: string | null): Params {
    return { [param]: value, [`${param}Key`]: value === null ? null : nameKey(value) };
  },
};
