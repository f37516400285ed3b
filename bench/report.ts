import { goalsTable } from './goals';
import type { BenchResult } from './run';

// Percentiles of a form with no answered request are NaN in memory and null in JSON.
const known = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const ratio = (a: number | null | undefined, b: number | null | undefined): string =>
  !known(a) || !known(b) || !(b > 0) ? '–' : (a / b).toFixed(2);
const ms = (value: number | null | undefined): string => (known(value) ? value.toFixed(1) : '–');

/** The README table: one row per query and scale, then import, transport and growth. */
export function markdownReport(result: BenchResult): string {
  const lines: string[] = [
    `Benchmark of ${result.date.slice(0, 16).replace('T', ' ')} UTC: ${result.machine.cpus} × ${result.machine.cpuModel}, ` +
      `${result.machine.memoryGb} GB, load average ${result.machine.loadAverage.join(' / ')} ` +
      `(shared machine: absolute times are noisy, ratios measured side by side hold). ` +
      `B runs with the per-client cost and write budgets off (all load comes from one address).`,
    `Versions: ${Object.entries(result.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(
        ', ',
      )}. Each form ${result.options.seconds} s at ${result.options.connections} connections${warmup(result)}.`,
    '',
    '| scale | query | A p50 | B p50 / p95 / p99 | C p50 / p95 | D p50 | B req/s | B/A p50 | B/C p95 | D/B p50 | B stmts | B db hits | A db hits | failures B/C/D |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const scale of result.scales) {
    for (const c of scale.cases) {
      lines.push(
        `| ${scale.episodes}× | ${c.name} | ${ms(c.A.p50)} | ${ms(c.B.p50)} / ${ms(c.B.p95)} / ${ms(c.B.p99)} | ` +
          `${c.C ? `${ms(c.C.p50)} / ${ms(c.C.p95)}` : 'n/a'} | ${c.D ? ms(c.D.p50) : '–'} | ${c.B.throughput.toFixed(0)} | ` +
          `${ratio(c.B.p50, c.A.p50)} | ${c.C ? ratio(c.B.p95, c.C.p95) : 'n/a'} | ${c.D ? ratio(c.D.p50, c.B.p50) : '–'} | ` +
          `${c.ourStatements} | ${c.ourDbHits} | ${c.cypherDbHits} | ${c.B.failures}/${c.C?.failures ?? '–'}/${c.D?.failures ?? '–'} |`,
      );
    }
  }
  lines.push(
    '',
    '| scale | nodes | relationships | import ms | rows/s | importer peak RSS MB | bulk path ms | bulk rows/s | server RSS MB B / C / D | 2 KB vs short statement p50 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const scale of result.scales) {
    lines.push(
      `| ${scale.episodes}× | ${scale.graph.nodes} | ${scale.graph.relationships} | ${scale.import?.milliseconds ?? 'not measured'} | ` +
        `${scale.import?.rowsPerSecond ?? 'not measured'} | ${scale.import?.peakRssMb ?? '–'} | ` +
        `${scale.bulk?.milliseconds ?? 'not measured'} | ${scale.bulk?.rowsPerSecond ?? 'not measured'} | ${scale.serverRssMb.B ?? '–'} / ${scale.serverRssMb.C ?? '–'} / ${scale.serverRssMb.D ?? '–'} | ` +
        `${ms(scale.transport.paddedP50)} vs ${ms(scale.transport.shortP50)} ms (${scale.transport.differenceMs >= 0 ? '+' : ''}${scale.transport.differenceMs}) |`,
    );
  }
  const bulks = result.scales.filter((scale) => scale.bulk);
  if (bulks.length > 0) {
    lines.push(
      '',
      'The bulk path (npm run import:bulk, for a first load into an empty, stopped Neo4j) in phases, ms:',
      '',
      '| scale | validation | CSV files | neo4j-admin import | Neo4j start, schema, derived parts | total |',
      '| --- | --- | --- | --- | --- | --- |',
      ...bulks.map(({ episodes, bulk }) => {
        const p = bulk?.phases;
        return `| ${episodes}× | ${p?.validate} | ${p?.csv} | ${p?.neo4jAdmin} | ${p?.finish} | ${p?.total} |`;
      }),
    );
  }
  const byScale = [...result.scales].sort((a, b) => a.episodes - b.episodes);
  const first = byScale[0];
  const last = byScale[byScale.length - 1];
  if (first && last && first !== last) {
    lines.push(
      '',
      `Growth of B's p50 from ${first.episodes}× to ${last.episodes}× (goal < 2× for keyed and paged queries):`,
      '',
      '| query | kind | B p50 growth | A p50 growth |',
      '| --- | --- | --- | --- |',
    );
    for (const c of last.cases) {
      const before = first.cases.find((candidate) => candidate.name === c.name);
      lines.push(
        `| ${c.name} | ${c.kind} | ${ratio(c.B.p50, before?.B.p50)} | ${ratio(c.A.p50, before?.A.p50)} |`,
      );
    }
  }
  lines.push('', `Goals at ${result.options.connections} connections:`, '', ...goalsTable(result));
  return `${lines.join('\n')}\n`;
}

/** The warm-up before each measured window, when the run had one. */
function warmup(result: BenchResult): string {
  const seconds = result.options.warmup ?? 0;
  return seconds > 0 ? `, after ${seconds} s of the same load not counted` : '';
}
