import { slugify } from '../slug';
import { ADJECTIVES, AFFILIATIONS, FIRST, KINDS, LAST, NOUNS, ROLES } from './word-lists';

/**
 * The people and entities every generated episode draws from, shared across the corpus so the
 * same speakers and hubs recur, and the seeded random numbers that draw them.
 */

/** mulberry32: small, fast and good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Pools {
  people: { first: string; last: string; id: string; affiliation: string; role: string }[];
  entities: { id: string; name: string; type: string }[];
  /** Cumulative Zipf weights over `entities`, for sampling by popularity. */
  cumulative: number[];
}

export function poolSizes(episodes: number): { people: number; entities: number } {
  return {
    people: Math.min(FIRST.length * LAST.length, 8 + Math.ceil(2 * Math.sqrt(episodes))),
    entities: Math.min(
      ADJECTIVES.length * NOUNS.length * KINDS.length,
      Math.ceil(120 + 40 * episodes ** 0.6),
    ),
  };
}

export function pools(episodes: number): Pools {
  const sizes = poolSizes(episodes);
  const people = Array.from({ length: sizes.people }, (_, i) => {
    const first = FIRST[i % FIRST.length] ?? 'Ada';
    const last = LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length] ?? 'Lovelace';
    return {
      first,
      last,
      id: slugify(`${first} ${last}`),
      affiliation: AFFILIATIONS[i % AFFILIATIONS.length] ?? 'Northwind Labs',
      role: ROLES[i % ROLES.length] ?? 'scaling',
    };
  });
  // Every name is three words from three disjoint lists, so no name occurs inside another.
  const entities = Array.from({ length: sizes.entities }, (_, i) => {
    const [kind, type] = KINDS[i % KINDS.length] ?? ['Protocol', 'concept'];
    const adjective = ADJECTIVES[Math.floor(i / KINDS.length) % ADJECTIVES.length] ?? 'Open';
    const noun =
      NOUNS[Math.floor(i / (KINDS.length * ADJECTIVES.length)) % NOUNS.length] ?? 'Lattice';
    const name = `${adjective} ${noun} ${kind}`;
    return { id: slugify(name), name, type };
  });
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= entities.length; rank += 1) {
    sum += 1 / rank ** 1.1;
    cumulative.push(sum);
  }
  return { people, entities, cumulative };
}

export function zipf(pool: Pools, random: () => number): number {
  const total = pool.cumulative[pool.cumulative.length - 1] ?? 1;
  const target = random() * total;
  let lo = 0;
  let hi = pool.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pool.cumulative[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
