import { confidenceMatchesTable } from '../../../src/ingest/corpus/rules/confidence-matches-table';
import { checkClaims, GOOD, goodWith } from './harness';

describe('confidence-matches-table', () => {
  it('is silent when hedges and bucket agree with the table', () => {
    expect(checkClaims(confidenceMatchesTable, GOOD)).toEqual({ errors: [], warnings: [] });
  });

  it('warns (never refuses) when they disagree, unless an override says why', () => {
    const wrong = goodWith(['bucket: almost-certain }', 'bucket: likely }']);
    expect(checkClaims(confidenceMatchesTable, wrong)).toEqual({
      errors: [],
      warnings: [
        '18:claims[0].prediction.confidence.bucket: the hedge table gives almost-certain for "I really do think", not likely; re-bucket or give an override',
      ],
    });
    const overridden = goodWith([
      'bucket: almost-certain }',
      'bucket: likely, override: said with a laugh }',
    ]);
    expect(checkClaims(confidenceMatchesTable, overridden).warnings).toEqual([]);
  });

  it('warns about hedges the table does not know', () => {
    expect(
      checkClaims(
        confidenceMatchesTable,
        goodWith(['hedges: [I really do think]', 'hedges: [kinda]']),
      ).warnings,
    ).toEqual([
      '18:claims[0].prediction.confidence.hedges: hedge(s) not in the table (seed/README.md): "kinda"; add them to the table or give an override',
    ]);
  });
});
