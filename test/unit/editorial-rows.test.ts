import { parseAnnotationText } from '../../src/ingest/annotations/read-annotation-file';
import { coverageOf } from '../../src/ingest/corpus/coverage';
import { validateCorpus } from '../../src/ingest/corpus/validate-corpus';
import type { Problem } from '../../src/ingest/problems';
import { parseTranscript } from '../../src/ingest/transcript/parse-transcript';

// What the editorial fields of seed/README.md become in the importer's rows and the coverage
// report, on a small episode (the rules themselves: test/unit/corpus-rules/).
const EPISODE = '2024-06-01-thinking-machines';
const TRANSCRIPT = [
  '# Thinking Machines',
  '**Host:** Ada Lovelace',
  '**Panelists:** Alan Turing (Bletchley Park, cryptanalysis)',
  '**Original Air Date:** June 1, 2024',
  '## Only Section',
  '**Ada:** If machines get cheap, what happens to clerks?',
  '**Alan:** I think clerks will be much more productive. The Bombe is about to change everything.',
  '**Ada:** Exactly. Babbage told me, "The engine will weave algebra." That is the idea behind the Engine, and ENIAC too. I was right.',
].join('\n');

function validate(claims: string, entities = '') {
  const parsed = parseTranscript('thinking.md', TRANSCRIPT);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const yaml = `episode: ${EPISODE}\nentities:\n  - { id: babbage, type: person, name: Charles Babbage }\n${entities}claims:\n${claims}`;
  const read = parseAnnotationText('thinking.yaml', yaml);
  if (!read.ok) return { problems: read.problems, warnings: [] as Problem[] };
  const result = validateCorpus([parsed.episode], [read.file]);
  return result.ok
    ? { corpus: result.corpus, problems: [] as Problem[], warnings: result.warnings }
    : { problems: result.problems, warnings: result.warnings };
}

const messages = (problems: Problem[]) => problems.map((p) => `${p.field}: ${p.message}`);

/** A prediction of t002 with the given prediction fields (YAML lines, 6 spaces in). */
function bombe(fields: string): string {
  return `  - id: bombe-soon
    turn: t002
    quote: The Bombe is about to change everything.
    kind: prediction
    prediction:
      horizon: about to
      confidence: { bucket: almost-certain }
${fields}`;
}

const WINDOW = "      window: { from: '2024-06-01', to: '2025-06-01' }\n";
const REASON = '      windowReason: About to is read as within the year.\n';
const SOURCE = '      resolutionSource: The Bletchley Park archive.\n';
const CRITERIA =
  '      resolutionCriteria: Judged on 2025-06-01. CORRECT if the Bombe breaks Enigma daily by then; INCORRECT if not.\n';

describe('the rows of a judged prediction', () => {
  it('accepts criteria with a source, the date and a window reason', () => {
    const { problems, corpus } = validate(bombe(WINDOW + REASON + CRITERIA + SOURCE));
    expect(problems).toEqual([]);
    expect(corpus?.claims[0]?.prediction).toEqual(
      expect.objectContaining({
        resolutionSource: 'The Bletchley Park archive.',
        windowReason: 'About to is read as within the year.',
        unresolvable: null,
      }),
    );
  });
});

describe('claims', () => {
  it('say how reported words in quotation marks are worded, and keep it', () => {
    const claim = (wording: string) => `  - id: babbage-engine
    turn: t003
    attributedTo: { person: babbage${wording} }
    quote: The engine will weave algebra.
    kind: opinion
`;
    expect(messages(validate(claim('')).problems)).toEqual([
      expect.stringMatching(
        /^claims\[0\]\.attributedTo\.wording: the reported words stand in quotation marks/,
      ),
    ]);
    const { corpus, problems } = validate(claim(', wording: paraphrase'));
    expect(problems).toEqual([]);
    expect(corpus?.claims[0]?.attributedWording).toBe('paraphrase');
  });
});

describe('forecasts settled in the episode', () => {
  const settled = (quote: string) =>
    bombe(`      due: '2024-06-01'
      windowReason: Settled on the air date.
      resolutionCriteria: Judged on 2024-06-01. CORRECT if it did; INCORRECT if not.
      resolutionSource: The episode.
      madeBeforeEpisode: true
      resolvedInEpisode: { turn: t003, quote: ${quote}, status: correct, explanation: Both agree. }
`);

  it('carry the outcome, its words and the air date to the importer', () => {
    const { corpus, problems } = validate(settled('I was right.'));
    expect(problems).toEqual([]);
    expect(corpus?.claims[0]?.prediction).toEqual(
      expect.objectContaining({
        madeBeforeEpisode: true,
        episodeResolution: {
          turnId: `${EPISODE}#t003`,
          quote: 'I was right.',
          status: 'CORRECT',
          explanation: 'Both agree.',
          resolvedAt: '2024-06-01',
        },
      }),
    );
  });
});

describe('the coverage report', () => {
  it('lists per speaker their own and reported predictions, endorsements, exclusions and doubts', () => {
    const { corpus } =
      validate(`${bombe(WINDOW + REASON + CRITERIA + SOURCE)}  - id: alan-productive
    turn: t002
    quote: I think clerks will be much more productive.
    kind: opinion
  - id: ada-agrees
    turn: t003
    quote: Exactly.
    kind: opinion
    relations: [{ type: endorses, target: alan-productive }]
  - id: babbage-engine
    turn: t003
    attributedTo: { person: babbage, wording: paraphrase }
    quote: The engine will weave algebra.
    kind: prediction
    prediction: { confidence: { bucket: almost-certain }, unresolvable: No date. }
excluded:
  - { turn: t001, quote: what happens to clerks?, reason: A question. }
discrepancies:
  - { id: who-asked, turn: t003, text: Exactly., correct: Alan, kind: attribution, explanation: Doubt. }
`);
    if (corpus === undefined) throw new Error('the episode should validate');
    expect(coverageOf(corpus)[0]?.speakers).toEqual([
      {
        speakerId: 'ada-lovelace',
        predictions: 0,
        reportedPredictions: 1,
        endorsements: 1,
        exclusions: 1,
        doubtedClaims: 1,
      },
      {
        speakerId: 'alan-turing',
        predictions: 1,
        reportedPredictions: 0,
        endorsements: 0,
        exclusions: 0,
        doubtedClaims: 0,
      },
    ]);
  });
});
