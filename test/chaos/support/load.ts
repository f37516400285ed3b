import { graphql, type Service } from './service';

/** The mix the load sends: lists, nested reads, full-text search and the dashboard. */
export const MIXED_QUERIES = [
  '{ predictions(first: 5) { totalCount edges { node { id status speaker { name } } } } }',
  '{ claims(first: 10) { edges { node { id kind turn { position } } } } }',
  '{ entities(first: 10) { edges { node { name citedBy(first: 3) { count } } } } }',
  '{ search(query: "reinforcement learning", first: 5) { score } }',
  '{ dashboard { totals { episodes turns } } }',
  '{ episode(id: "2025-05-22-is-rl-llms-enough-for-agi") { sections { title } } }',
];

const ERROR_PAUSE_MS = 200;

export interface Sample {
  start: number;
  end: number;
  ok: boolean;
  code: string;
}

/**
 * `connections` workers, each sending one query after another until `until()` says stop or
 * `maxMs` has passed (a hard bound). Only 127.0.0.1 is ever called. `onSample` sees each
 * answer as it comes (to wait until the load is under way).
 */
export async function runLoad(
  service: Service,
  connections: number,
  until: () => boolean,
  maxMs: number,
  onSample: (sample: Sample) => void = () => undefined,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  const started = Date.now();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (!until() && Date.now() - started < maxMs) {
      const query = MIXED_QUERIES[next++ % MIXED_QUERIES.length] ?? '';
      const start = Date.now();
      const result = await graphql(service, query);
      const ok = result.status === 200 && result.codes.length === 0;
      const sample = {
        start,
        end: Date.now(),
        ok,
        code: ok ? 'OK' : (result.codes[0] ?? `HTTP_${result.status}`),
      };
      samples.push(sample);
      onSample(sample);
      // As a client would, pause briefly after an error instead of retrying in a tight loop.
      if (!ok) await new Promise((resolve) => setTimeout(resolve, ERROR_PAUSE_MS));
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return samples;
}

export function countByCode(samples: Sample[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sample of samples) counts[sample.code] = (counts[sample.code] ?? 0) + 1;
  return counts;
}
