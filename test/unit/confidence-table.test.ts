import { readFileSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../../src/config';
import { bucketFor, HEDGE_TABLE } from '../../src/domain/confidence-table';

/** The rows of the hedge table in seed/README.md: | class | phrases | bucket | reading |. */
function readmeTable(): { name: string; phrases: string[]; bucket: string }[] {
  const text = readFileSync(path.join(PROJECT_ROOT, 'seed', 'README.md'), 'utf8');
  const start = text.indexOf('<!-- hedge-table:start -->');
  const end = text.indexOf('<!-- hedge-table:end -->');
  if (start < 0 || end < 0) throw new Error('seed/README.md has no hedge-table markers');
  return text
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line) && !line.includes('| class'))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      return {
        name: cells[1] ?? '',
        phrases: [...(cells[2] ?? '').matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? ''),
        bucket: (cells[3] ?? '').replace(/`/g, '').split(' ')[0] ?? '',
      };
    });
}

describe('the hedge table', () => {
  it('is the same in seed/README.md and in src/domain/confidence-table.ts', () => {
    expect(readmeTable()).toEqual(
      HEDGE_TABLE.map((row) => ({ name: row.name, phrases: [...row.phrases], bucket: row.bucket })),
    );
  });

  it('separates the hedges the issue names', () => {
    // An intensified belief is still a belief (seed/README.md, "Confidence").
    expect(bucketFor(['I really do think'])).toEqual({ ok: true, bucket: 'likely' });
    expect(bucketFor(['definitely'])).toEqual({ ok: true, bucket: 'almost-certain' });
    expect(bucketFor(['at a minimum'])).toEqual({ ok: true, bucket: 'almost-certain' });
    expect(bucketFor([])).toEqual({ ok: true, bucket: 'almost-certain' });
    expect(bucketFor(['I think'])).toEqual({ ok: true, bucket: 'likely' });
    expect(bucketFor(['should'])).toEqual({ ok: true, bucket: 'likely' });
    expect(bucketFor(['probably'])).toEqual({ ok: true, bucket: 'likely' });
    expect(bucketFor(["I don't think"])).toEqual({ ok: true, bucket: 'likely' });
    expect(bucketFor(['might'])).toEqual({ ok: true, bucket: 'toss-up' });
    expect(bucketFor(['could'])).toEqual({ ok: true, bucket: 'toss-up' });
  });

  it('takes the least confident of several hedges, and reports hedges it does not know', () => {
    expect(bucketFor(['I really do think', 'might'])).toEqual({ ok: true, bucket: 'toss-up' });
    expect(bucketFor(['I THINK', 'perhaps'])).toEqual({ ok: true, bucket: 'toss-up' });
    expect(bucketFor(['kinda', 'I think'])).toEqual({ ok: false, unknown: ['kinda'] });
  });
});
