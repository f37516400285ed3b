import { parseAnnotationText } from '../../src/ingest/annotations/read-annotation-file';
import { coverageOf } from '../../src/ingest/corpus/coverage';
import { validateCorpus } from '../../src/ingest/corpus/validate-corpus';
import type { Problem } from '../../src/ingest/problems';
import { parseTranscript } from '../../src/ingest/transcript/parse-transcript';

// The editorial rules of seed/README.md that the validator enforces, on a small episode.
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

describe('every prediction says how it will be judged, or why it cannot be', () => {
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

  it('refuses a prediction with neither criteria nor a reason it cannot be judged', () => {
    expect(messages(validate(bombe('')).problems)).toEqual([
      expect.stringMatching(/^claims\[0\]\.prediction\.unresolvable: every prediction needs/),
    ]);
    const unresolvable = validate(bombe('      unresolvable: No date and no measure.\n'));
    expect(unresolvable.problems).toEqual([]);
    expect(unresolvable.corpus?.claims[0]?.prediction?.unresolvable).toBe(
      'No date and no measure.',
    );
  });

  it('refuses criteria without their date, their source or their outcomes, and both answers at once', () => {
    const vague = '      resolutionCriteria: CORRECT if it changes things.\n';
    expect(messages(validate(bombe(WINDOW + REASON + vague)).problems)).toEqual([
      'claims[0].prediction.resolutionCriteria: criteria must name the date they are judged on (2025-06-01)',
      'claims[0].prediction.resolutionCriteria: criteria must say "CORRECT if ..." and "INCORRECT if ..."',
      'claims[0].prediction.resolutionSource: criteria need a resolutionSource: where the evidence will be found',
    ]);
    expect(messages(validate(bombe(CRITERIA + SOURCE)).problems)).toEqual([
      expect.stringMatching(/resolutionCriteria: criteria need the date they are judged on/),
    ]);
    const both = WINDOW + REASON + CRITERIA + SOURCE + '      unresolvable: Vague.\n';
    expect(messages(validate(bombe(both)).problems)).toEqual([
      'claims[0].prediction.unresolvable: give resolutionCriteria or unresolvable, not both',
    ]);
    expect(
      messages(validate(bombe(WINDOW + REASON + '      unresolvable: Vague.\n')).problems),
    ).toEqual([expect.stringMatching(/unresolvable: a dated prediction is judged on 2025-06-01/)]);
  });

  it('asks why a window was read from a horizon that names no date', () => {
    expect(messages(validate(bombe(WINDOW + CRITERIA + SOURCE)).problems)).toEqual([
      'claims[0].prediction.windowReason: "about to" names no date: say in windowReason why the prediction is judged by 2025-06-01',
    ]);
  });
});

describe('claims', () => {
  it('have a question quote the question itself', () => {
    const claim = (quote: string) =>
      `  - { id: ada-asks, turn: t001, quote: ${quote}, kind: question }\n`;
    expect(messages(validate(claim('what happens to clerks')).problems)).toEqual([
      expect.stringMatching(/^claims\[0\]\.quote: a question claim quotes the question itself/),
    ]);
    expect(validate(claim('what happens to clerks?')).problems).toEqual([]);
  });

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

describe('premises', () => {
  const question = (premise: string) => `  - id: ada-asks
    turn: t001
    quote: what happens to clerks?
    kind: question
    premise: { text: ${premise}, governs: [t002] }
`;
  const clerks = (conditions: string) => `  - id: clerks-productive
    turn: t002
    quote: clerks will be much more productive
    kind: prediction
    prediction:
      confidence: { hedges: [I think], bucket: likely }
      unresolvable: No date.
${conditions}`;

  it('are carried to every prediction of the turns they govern', () => {
    expect(messages(validate(question('If machines get cheap') + clerks('')).problems)).toEqual([
      'claims[0].premise.governs: the prediction clerks-productive stands in a turn this premise governs: make it conditional and name "If machines get cheap" among its conditions',
    ]);
    const carried = '      conditional: true\n      conditions: [if machines get cheap]\n';
    expect(validate(question('If machines get cheap') + clerks(carried)).problems).toEqual([]);
  });

  it('stand verbatim in the question turn', () => {
    const carried = '      conditions: [If machines get rich]\n';
    expect(messages(validate(question('If machines get rich') + clerks(carried)).problems)).toEqual(
      [
        expect.stringMatching(
          /^claims\[0\]\.premise\.text: premise does not occur verbatim in t001/,
        ),
      ],
    );
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

  it('quote the settling words verbatim', () => {
    expect(messages(validate(settled('I was wrong.')).problems)).toEqual([
      expect.stringMatching(/resolvedInEpisode\.quote: quote does not occur verbatim in t003/),
    ]);
  });
});

describe('surface forms and names', () => {
  const engine = (aliases: string, mention: string) => `  - id: analytical-engine
    type: product
    name: Analytical Engine
    aliases: [${aliases}]
    mentions:
      - { turn: t003, form: ${mention} }
`;
  const claims =
    '  - { id: ada-asks, turn: t001, quote: what happens to clerks?, kind: question }\n';

  it('warns once when a form looks like a name but answers no lookup', () => {
    const { warnings, problems } = validate(claims, engine('', 'Engine'));
    expect(problems).toEqual([]);
    expect(messages(warnings)).toEqual([
      'entities[1].mentions[0].form: "Engine" looks like a name but is not one of analytical-engine\'s names, so a lookup by it finds nothing: add it to aliases if it is a name, or mark the mention mentionOnly',
    ]);
    expect(validate(claims, engine('Engine', 'Engine')).warnings).toEqual([]);
    expect(validate(claims, engine('', 'Engine, mentionOnly: true')).warnings).toEqual([]);
    // A lower-case description is a mention without a warning.
    expect(validate(claims, engine('', 'engine')).warnings).toEqual([]);
  });

  it('refuses mentionOnly on a form that is a name', () => {
    expect(
      messages(validate(claims, engine('Engine', 'Engine, mentionOnly: true')).problems),
    ).toEqual([
      expect.stringMatching(
        /^entities\[1\]\.mentions\[0\]\.mentionOnly: "Engine" is a name of analytical-engine/,
      ),
    ]);
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
