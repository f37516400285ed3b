import { goalVerdicts } from '../../bench/goals';
import type { LoadResult } from '../../bench/load';
import type { BenchResult, CaseResult, ScaleResult } from '../../bench/run';

const load = (p50: number, p95 = p50 * 1.5): LoadResult => ({
  requests: 100,
  failures: 0,
  p50,
  p95,
  p99: p95,
  throughput: 100,
});

function aCase(name: string, kind: CaseResult['kind'], ms: Record<string, number>): CaseResult {
  return {
    name,
    kind,
    A: load(ms.A ?? 1),
    B: load(ms.B ?? 1),
    C: ms.C === undefined ? null : load(ms.C),
    D: ms.D === undefined ? null : load(ms.D),
    ourStatements: ms.statements ?? 1,
    ourDbHits: 10,
    cypherDbHits: 10,
  };
}

function scale(
  episodes: number,
  cases: CaseResult[],
  rowsPerSecond = 60_000,
  bulkMs = 40_000,
): ScaleResult {
  const phases = { validate: 1, csv: 1, neo4jAdmin: 1, finish: 1, total: bulkMs };
  return {
    episodes,
    graph: { nodes: 1, relationships: 1 },
    import: { milliseconds: 1000, rows: rowsPerSecond, rowsPerSecond, peakRssMb: 100 },
    bulk: { milliseconds: bulkMs, rows: 2_000_000, rowsPerSecond: 50_000, phases },
    transport: { shortP50: 1, paddedP50: 1, differenceMs: 0 },
    serverRssMb: { B: 120, C: 200, D: 120 },
    cases,
  };
}

function run(scales: ScaleResult[], connections = 4): BenchResult {
  return {
    date: '2026-12-07T00:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'test', memoryGb: 8, loadAverage: [0, 0, 0] },
    versions: {},
    options: { seconds: 3, connections },
    scales,
  };
}

const verdicts = (result: BenchResult): Record<string, string> =>
  Object.fromEntries(goalVerdicts(result).map((g) => [g.goal, g.verdict]));

describe('the goals the bench states', () => {
  const good = run([
    scale(1, [
      aCase('claim by id', 'keyed', { A: 1, B: 1.5, C: 3 }),
      aCase('hub', 'nested', { A: 1, B: 2, C: 4, D: 30, statements: 2 }),
    ]),
    scale(1000, [
      aCase('claim by id', 'keyed', { A: 1, B: 1.1, C: 3 }),
      aCase('hub', 'nested', { A: 1, B: 3, C: 9, D: 40, statements: 2 }),
    ]),
  ]);

  it('are all met by a run that meets them', () => {
    expect(Object.values(verdicts(good)).slice(0, 9)).toEqual(Array(9).fill('met'));
  });

  it('judge the held-out check on sequential runs only, and import at 100×', () => {
    const heldOut = (connections: number, b1: number, b100: number, rate: number) =>
      verdicts(
        run(
          [
            scale(1, [aCase('claim by id', 'keyed', { A: 2, B: b1 })]),
            scale(100, [aCase('claim by id', 'keyed', { A: 2, B: b100 })], rate),
          ],
          connections,
        ),
      );
    const atOne = 'held-out: B/A p50 ≤ 3 at 1×, sequential';
    const atHundred = 'held-out: B/A p50 ≤ 1.5 at 100×, sequential';
    const importing = 'held-out: import ≥ 20,000 rows/s at 100×';
    expect(heldOut(1, 6, 3, 20_000)).toMatchObject({
      [atOne]: 'met',
      [atHundred]: 'met',
      [importing]: 'met',
    });
    expect(heldOut(1, 6.2, 3.2, 19_999)).toMatchObject({
      [atOne]: 'missed',
      [atHundred]: 'missed',
      [importing]: 'missed',
    });
    expect(heldOut(4, 6, 3, 20_000)).toMatchObject({
      [atOne]: 'not measured',
      [atHundred]: 'not measured',
    });
  });

  it('judge the bulk path at 1000× only: under a minute, all phases in', () => {
    const bulk = 'bulk first load (npm run import:bulk): 1000 episodes in under a minute';
    const at = (ms: number): string =>
      verdicts(run([scale(1000, [aCase('claim by id', 'keyed', {})], 60_000, ms)]))[bulk] ?? '';
    expect(at(59_999)).toBe('met');
    expect(at(60_000)).toBe('missed');
    expect(verdicts(run([scale(100, [], 60_000, 1_000)]))[bulk]).toBe('not measured');
  });

  it('name the case that misses, and leave unmeasured goals unjudged', () => {
    const slow = run([
      scale(1, [aCase('claim by id', 'keyed', { A: 1, B: 2.5, C: 2, statements: 3 })], 20_000),
    ]);
    const found = goalVerdicts(slow);
    const byGoal = Object.fromEntries(found.map((g) => [g.goal, g]));
    expect(verdicts(slow)).toEqual({
      'B faster than C at p50 and p95 on every query C answers, at every scale': 'missed',
      'B/A p50 ≤ 2 at 1× on keyed and paged queries': 'missed',
      'B/A p50 ≤ 1.2 at 1000× on keyed and paged queries': 'not measured',
      'D/B p50 ≥ 10 on nested queries at 1000×': 'not measured',
      "B's p50 grows under 2× from 1× to 1000×": 'not measured',
      'import ≥ 50,000 rows/s': 'missed',
      'bulk first load (npm run import:bulk): 1000 episodes in under a minute': 'not measured',
      'every query in at most 2 statements (round trips)': 'missed',
      'server RSS under load reported at each scale': 'met',
      'held-out: B/A p50 ≤ 3 at 1×, sequential': 'not measured',
      'held-out: B/A p50 ≤ 1.5 at 100×, sequential': 'not measured',
      'held-out: import ≥ 20,000 rows/s at 100×': 'not measured',
    });
    expect(byGoal['B/A p50 ≤ 2 at 1× on keyed and paged queries']?.detail).toBe(
      'claim by id: 2.50',
    );
    expect(byGoal['import ≥ 50,000 rows/s']?.detail).toBe('1×: 20000 rows/s');
  });

  it('leave out a form that answered no request (a NaN percentile, null in JSON)', () => {
    const json = JSON.parse(JSON.stringify(good)) as BenchResult;
    const hub = json.scales[1]?.cases[1];
    if (!hub?.C) throw new Error('fixture');
    hub.C.p50 = Number.NaN;
    const found = goalVerdicts(JSON.parse(JSON.stringify(json)) as BenchResult)[0];
    expect(found?.verdict).toBe('met');
    expect(found?.detail).toContain('C answered no request in 1 more');
  });
});
