import { parseAnnotationText } from '../../../src/ingest/annotations/read-annotation-file';
import { SPECIFIED_RULES } from '../../../src/ingest/corpus/rules';
import { validateClaim } from '../../../src/ingest/corpus/validate-claim';
import { validateCorpus } from '../../../src/ingest/corpus/validate-corpus';
import { claim, episode, GOOD, SCOPE, TURN_2 } from './harness';

// The harness's GOOD is the one annotation every rule test starts from: it must pass them all,
// so each test's breakage is the only thing its rule can be reporting.
describe('the specified rule set', () => {
  it('accepts the harness annotation whole, with no warning', () => {
    const read = parseAnnotationText('small.yaml', GOOD);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const result = validateCorpus([episode()], [read.file], SPECIFIED_RULES);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('accepts the harness claim alone, as a service editing it would check it', () => {
    expect(validateClaim(claim(), TURN_2, SCOPE)).toEqual({ errors: [], warnings: [] });
  });
});
