import type { BenchResult, CaseResult, ScaleResult } from './run';

/**
 * The goals of issue 16, each judged from a run's figures: met, missed (with the cases that
 * miss), or not measured by this run (a scale or form it did not run).
 */
export interface GoalVerdict {
  goal: string;
  verdict: 'met' | 'missed' | 'not measured';
  detail: string;
}

type Check = { verdict: GoalVerdict['verdict']; detail: string };

const fixed = (n: number): string => n.toFixed(2);

/** Judges `misses` among `checked` items: met when none misses, not measured when none ran. */
function judge(checked: number, misses: string[], what: string): Check {
  if (checked === 0) return { verdict: 'not measured', detail: `no ${what} in this run` };
  if (misses.length === 0) return { verdict: 'met', detail: `${checked} ${what}, none misses` };
  return { verdict: 'missed', detail: misses.join('; ') };
}

function scaleOf(result: BenchResult, episodes: number): ScaleResult | undefined {
  return result.scales.find((scale) => scale.episodes === episodes);
}

function fasterThanC(result: BenchResult): Check {
  let checked = 0;
  let unanswered = 0;
  const misses: string[] = [];
  for (const scale of result.scales) {
    for (const c of scale.cases) {
      if (c.C === null) continue;
      // No answered request in the window (every one timed out): no percentile to beat.
      if (!answered(c.C.p50)) {
        unanswered += 1;
        continue;
      }
      checked += 1;
      if (!(c.B.p50 < c.C.p50 && c.B.p95 < c.C.p95)) {
        misses.push(
          `${scale.episodes}× ${c.name}: B/C p50 ${fixed(c.B.p50 / c.C.p50)}, p95 ${fixed(c.B.p95 / c.C.p95)}`,
        );
      }
    }
  }
  const check = judge(checked, misses, 'query/scale pairs that C answers');
  return unanswered === 0
    ? check
    : { ...check, detail: `${check.detail} (C answered no request in ${unanswered} more)` };
}

/** JSON keeps a NaN percentile as null. */
function answered(value: number | null): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}

const keyedOrPaged = (c: CaseResult): boolean => c.kind === 'keyed' || c.kind === 'paged';

function nearTheFloor(result: BenchResult, episodes: number, limit: number): Check {
  const scale = scaleOf(result, episodes);
  const cases = scale?.cases.filter(keyedOrPaged) ?? [];
  const misses = cases
    .filter((c) => !(c.B.p50 / c.A.p50 <= limit))
    .map((c) => `${c.name}: ${fixed(c.B.p50 / c.A.p50)}`);
  return judge(cases.length, misses, `keyed and paged queries at ${episodes}×`);
}

function naiveBehind(result: BenchResult): Check {
  const nested = scaleOf(result, 1000)?.cases.filter((c) => c.kind === 'nested' && c.D) ?? [];
  const cases = nested.filter((c) => answered(c.D?.p50 ?? null));
  const misses = cases
    .filter((c) => !((c.D?.p50 ?? 0) / c.B.p50 >= 10))
    .map((c) => `${c.name}: ${fixed((c.D?.p50 ?? 0) / c.B.p50)}`);
  const check = judge(cases.length, misses, 'nested queries at 1000× with D');
  const unanswered = nested.length - cases.length;
  return unanswered === 0
    ? check
    : { ...check, detail: `${check.detail} (D answered no request in ${unanswered} more)` };
}

function growth(result: BenchResult): Check {
  const first = scaleOf(result, 1);
  const last = scaleOf(result, 1000);
  if (!first || !last) return { verdict: 'not measured', detail: 'needs the 1× and 1000× scales' };
  let checked = 0;
  const misses: string[] = [];
  for (const c of last.cases) {
    const before = first.cases.find((candidate) => candidate.name === c.name);
    if (!before) continue;
    checked += 1;
    if (!(c.B.p50 / before.B.p50 < 2)) misses.push(`${c.name}: ${fixed(c.B.p50 / before.B.p50)}`);
  }
  return judge(checked, misses, 'queries at both scales');
}

function importRate(result: BenchResult): Check {
  const imports = result.scales.filter((scale) => scale.import !== null);
  const misses = imports
    .filter((scale) => !((scale.import?.rowsPerSecond ?? 0) >= 50_000))
    .map((scale) => `${scale.episodes}×: ${scale.import?.rowsPerSecond ?? 0} rows/s`);
  return judge(imports.length, misses, 'imports');
}

/** The bulk path's goal (issue 16, item 7): 1000 episodes in under a minute, all phases in. */
export const BULK_GOAL_MS = 60_000;

function bulkFirstLoad(result: BenchResult): Check {
  const scale = scaleOf(result, 1000);
  const bulk = scale?.bulk;
  if (!bulk) return { verdict: 'not measured', detail: 'needs the bulk path at the 1000× scale' };
  const detail = `1000×: ${(bulk.milliseconds / 1000).toFixed(1)} s, ${bulk.rowsPerSecond} rows/s`;
  return { verdict: bulk.milliseconds < BULK_GOAL_MS ? 'met' : 'missed', detail };
}

function roundTrips(result: BenchResult): Check {
  let checked = 0;
  const misses: string[] = [];
  for (const scale of result.scales) {
    for (const c of scale.cases) {
      checked += 1;
      if (c.ourStatements > 2) misses.push(`${scale.episodes}× ${c.name}: ${c.ourStatements}`);
    }
  }
  return judge(checked, misses, 'query/scale pairs');
}

function rssReported(result: BenchResult): Check {
  const misses = result.scales
    .filter((scale) => scale.serverRssMb.B === null)
    .map((scale) => `${scale.episodes}×: no RSS for B`);
  return judge(result.scales.length, misses, 'scales');
}

/**
 * The held-out check: sequential requests (one connection), every query A answers,
 * GraphQL within `limit` times the same Cypher at `episodes`×. Other loads do not measure it.
 */
function heldOut(result: BenchResult, episodes: number, limit: number): Check {
  if (result.options.connections !== 1) {
    return { verdict: 'not measured', detail: 'sequential requests only (--connections 1)' };
  }
  const cases = scaleOf(result, episodes)?.cases ?? [];
  const misses = cases
    .filter((c) => !(c.B.p50 / c.A.p50 <= limit))
    .map((c) => `${c.name}: ${fixed(c.B.p50 / c.A.p50)}`);
  return judge(cases.length, misses, `queries at ${episodes}×`);
}

function importRateAt(result: BenchResult, episodes: number, rowsPerSecond: number): Check {
  const rate = scaleOf(result, episodes)?.import?.rowsPerSecond;
  if (rate === undefined) return { verdict: 'not measured', detail: `no import at ${episodes}×` };
  const detail = `${episodes}×: ${rate} rows/s`;
  return { verdict: rate >= rowsPerSecond ? 'met' : 'missed', detail };
}

/** Every goal of the issue with its verdict on `result`. */
export function goalVerdicts(result: BenchResult): GoalVerdict[] {
  const goals: [string, Check][] = [
    [
      'B faster than C at p50 and p95 on every query C answers, at every scale',
      fasterThanC(result),
    ],
    ['B/A p50 ≤ 2 at 1× on keyed and paged queries', nearTheFloor(result, 1, 2)],
    ['B/A p50 ≤ 1.2 at 1000× on keyed and paged queries', nearTheFloor(result, 1000, 1.2)],
    ['D/B p50 ≥ 10 on nested queries at 1000×', naiveBehind(result)],
    ["B's p50 grows under 2× from 1× to 1000×", growth(result)],
    ['import ≥ 50,000 rows/s', importRate(result)],
    [
      'bulk first load (npm run import:bulk): 1000 episodes in under a minute',
      bulkFirstLoad(result),
    ],
    ['every query in at most 2 statements (round trips)', roundTrips(result)],
    ['server RSS under load reported at each scale', rssReported(result)],
    ['held-out: B/A p50 ≤ 3 at 1×, sequential', heldOut(result, 1, 3)],
    ['held-out: B/A p50 ≤ 1.5 at 100×, sequential', heldOut(result, 100, 1.5)],
    ['held-out: import ≥ 20,000 rows/s at 100×', importRateAt(result, 100, 20_000)],
  ];
  return goals.map(([goal, check]) => ({ goal, ...check }));
}

/** The goals as a Markdown table. */
export function goalsTable(result: BenchResult): string[] {
  return [
    '| goal (issue 16) | verdict | detail |',
    '| --- | --- | --- |',
    ...goalVerdicts(result).map((g) => `| ${g.goal} | ${g.verdict} | ${g.detail} |`),
  ];
}
