import type {
  ClaimAnnotation,
  PredictionAnnotation,
} from '../../../src/ingest/annotations/annotation-types';
import { parseAnnotationText } from '../../../src/ingest/annotations/read-annotation-file';
import type {
  ClaimRule,
  ClaimScope,
  ClaimTurn,
  CorpusRule,
  FileRule,
  RuleSet,
} from '../../../src/ingest/corpus/rules';
import { validateClaim } from '../../../src/ingest/corpus/validate-claim';
import { validateCorpus } from '../../../src/ingest/corpus/validate-corpus';
import type { Problem } from '../../../src/ingest/problems';
import { parseTranscript } from '../../../src/ingest/transcript/parse-transcript';

/** A two-turn episode small enough to read in the test, with one verification note. */
export const EPISODE = '2024-06-01-small-talk';
const TRANSCRIPT = [
  '# Small Talk',
  '**Host:** Ada Lovelace',
  '**Panelists:** Alan Turing (Bletchley Park, cryptanalysis)',
  '**Original Air Date:** June 1, 2024',
  '## Only Section',
  '**Ada:** Will machines think by the end of this year?',
  '**Alan:** I really do think machines will think by the end of the year. The Bombe already helps.',
  '## Verification Notes',
  '[^1]: **Bombe**: A codebreaking machine.',
].join('\n');

/** An annotation file every rule accepts. */
export const GOOD = `episode: ${EPISODE}
entities:
  - id: bombe
    type: hardware
    name: Bombe
    mentions:
      - { turn: t002, form: Bombe }
claims:
  - id: alan-machines-think
    turn: t002
    quote: machines will think by the end of the year
    kind: prediction
    about: [bombe]
    prediction:
      horizon: by the end of the year
      due: 2024-12-31
      resolutionCriteria: CORRECT if a machine is shown to think by 2024-12-31.
      confidence: { hedges: [I really do think], bucket: almost-certain }
    relations:
      - { type: answers, target: ada-asks }
  - id: ada-asks
    turn: t001
    quote: Will machines think
    kind: question
notes:
  - { note: 1, explains: [bombe] }
`;

export function episode() {
  const parsed = parseTranscript('small.md', TRANSCRIPT);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.episode;
}

/** Replaces `from` in GOOD, failing if it is not there (so a test cannot pass by a typo). */
export function goodWith(...edits: [string | RegExp, string][]): string {
  return edits.reduce((yaml, [from, to]) => {
    const next = yaml.replace(from, to);
    if (next === yaml) throw new Error(`test setup: ${String(from)} not in the annotation`);
    return next;
  }, GOOD);
}

export interface Found {
  /** `line:field: message`, in the order reported. */
  errors: string[];
  warnings: string[];
}

const line = (p: Problem): string => `${p.line}:${p.field}: ${p.message}`;

/** What these rules (and only they) find in an annotation file of the small episode. */
function run(yaml: string, rules: Partial<RuleSet>): Found {
  const read = parseAnnotationText('small.yaml', yaml);
  if (!read.ok) throw new Error(`test setup: ${JSON.stringify(read.problems)}`);
  const result = validateCorpus([episode()], [read.file], {
    files: [],
    claims: [],
    corpus: [],
    ...rules,
  });
  return {
    errors: result.ok ? [] : result.problems.map(line),
    warnings: result.warnings.map(line),
  };
}

export const checkFile = (rule: FileRule, yaml: string): Found => run(yaml, { files: [rule] });

/** A claim rule run by the importer over every claim of the file. */
export const checkClaims = (rule: ClaimRule, yaml: string): Found => run(yaml, { claims: [rule] });

export const checkCorpus = (rule: CorpusRule, yaml: string): Found => run(yaml, { corpus: [rule] });

/** The small episode as a service editing one claim would describe it, read from a graph. */
export const SCOPE: ClaimScope = {
  episodeId: EPISODE,
  airDate: '2024-06-01',
  turnCount: 2,
  speaks: (id) => id === 'ada-lovelace' || id === 'alan-turing',
  entityType: (id) =>
    ({ 'ada-lovelace': 'person', 'alan-turing': 'person', bombe: 'hardware' })[id] as
      'person' | 'hardware' | undefined,
  claimExists: (id) => id === 'alan-machines-think' || id === 'ada-asks',
};

export const TURN_2: ClaimTurn = {
  localId: 't002',
  text: 'I really do think machines will think by the end of the year. The Bombe already helps.',
  speakerId: 'alan-turing',
};

export const NO_TURN = 'no turn';

/** The prediction of Alan's claim in GOOD. */
export const PREDICTION: PredictionAnnotation = {
  horizon: 'by the end of the year',
  due: '2024-12-31',
  resolutionCriteria: 'CORRECT if a machine is shown to think by 2024-12-31.',
  confidence: { hedges: ['I really do think'], bucket: 'almost-certain' },
};

/** A claim alone, as a service would receive it: Alan's prediction from GOOD. */
export function claim(changes: Partial<ClaimAnnotation> = {}): ClaimAnnotation {
  return {
    id: 'alan-machines-think',
    turn: 't002',
    quote: 'machines will think by the end of the year',
    kind: 'prediction',
    about: ['bombe'],
    prediction: PREDICTION,
    relations: [{ type: 'answers', target: 'ada-asks' }],
    ...changes,
  };
}

/** What one claim rule finds in one claim, as `path: message`; NO_TURN when none was found. */
export function checkClaim(
  rule: ClaimRule,
  subject: ClaimAnnotation,
  turn: ClaimTurn | typeof NO_TURN = TURN_2,
  scope: ClaimScope = SCOPE,
): Found {
  const found = turn === NO_TURN ? undefined : turn;
  const { errors, warnings } = validateClaim(subject, found, scope, [rule]);
  const show = (p: { path: (string | number)[]; message: string }) =>
    `${p.path.join('.')}: ${p.message}`;
  return { errors: errors.map(show), warnings: warnings.map(show) };
}
