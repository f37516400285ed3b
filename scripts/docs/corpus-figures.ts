import type { Corpus } from '../../src/domain/corpus';

/** "62 assertions, 48 opinions": counts of a list by a key, largest first, ties by name. */
function breakdown<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  plural: (key: string) => string,
): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([key, count]) => `${count} ${plural(key)}`)
    .join(', ');
}

const lower = (key: string): string => key.toLowerCase().replace(/_/g, '-');
const pluralOf = (key: string): string => {
  const word = lower(key);
  if (word.endsWith('y')) return `${word.slice(0, -1)}ies`;
  return word.endsWith('s') ? word : `${word}s`;
};

/** The bundled corpus in figures, as the README's "What it does" table shows it. */
export function corpusFigures(corpus: Corpus): string {
  const predictions = corpus.claims.flatMap((claim) =>
    claim.prediction ? [claim.prediction] : [],
  );
  const dated = predictions.filter((p) => p.dueDate !== null || p.windowEnd !== null).length;
  const conditional = predictions.filter((p) => p.conditional).length;
  const turns = corpus.episodes.reduce((sum, episode) => sum + episode.turns.length, 0);
  const sections = corpus.episodes.reduce((sum, episode) => sum + episode.sections.length, 0);
  const rows: [string, string][] = [
    ['episodes', String(corpus.episodes.length)],
    ['turns / sections', `${turns} / ${sections}`],
    ['claims', `${corpus.claims.length} (${breakdown(corpus.claims, (c) => c.kind, pluralOf)})`],
    [
      'predictions',
      `${predictions.length} (${dated} dated, ${conditional} conditional; ${breakdown(predictions, (p) => p.bucket, lower)})`,
    ],
    [
      'entities',
      `${corpus.entities.length} (${breakdown(corpus.entities, (e) => e.type, pluralOf)})`,
    ],
    ['mentions (surface forms with offsets)', String(corpus.mentions.length)],
    [
      'entity relations / claim relations',
      `${corpus.entityRelations.length} / ${corpus.claimRelations.length}`,
    ],
    ['statements excluded from predictions, with reasons', String(corpus.excluded.length)],
    ['discrepancies', String(corpus.discrepancies.length)],
  ];
  return markdownTable(['', 'count'], rows);
}

/** A markdown table with columns padded as Prettier pads them. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(3, ...all.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]): string =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(header),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}
