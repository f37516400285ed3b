import { fieldName, parseAnnotationText } from '../../src/ingest/annotations/read-annotation-file';
import { CorpusContext } from '../../src/ingest/corpus/corpus-context';
import { validateClaim } from '../../src/ingest/corpus/validate-claim';
import { validateCorpus } from '../../src/ingest/corpus/validate-corpus';
import type { Problem } from '../../src/ingest/problems';
import { parseTranscript } from '../../src/ingest/transcript/parse-transcript';

const EPISODE = '2024-06-01-small-talk';
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

function episode() {
  const parsed = parseTranscript('small.md', TRANSCRIPT);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.episode;
}

function validate(yaml: string) {
  const read = parseAnnotationText('small.yaml', yaml);
  if (!read.ok) return { problems: read.problems, warnings: [] as Problem[] };
  const result = validateCorpus([episode()], [read.file]);
  return result.ok
    ? { corpus: result.corpus, problems: [] as Problem[], warnings: result.warnings }
    : { problems: result.problems, warnings: result.warnings };
}

const GOOD = `episode: ${EPISODE}
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

// Each rule has its own tests in test/unit/corpus-rules/; these run all of them together.
describe('validateCorpus', () => {
  it('accepts a consistent file and locates quotes and mentions by offset', () => {
    const { corpus, problems } = validate(GOOD);
    expect(problems).toEqual([]);
    const claim = corpus?.claims.find((c) => c.id === 'alan-machines-think');
    const turnText = episode().turns[1]?.text ?? '';
    expect(claim).toEqual(
      expect.objectContaining({
        speakerId: 'alan-turing',
        turnId: `${EPISODE}#t002`,
        start: turnText.indexOf('machines will think'),
      }),
    );
    expect(turnText.slice(claim?.start, claim?.end)).toBe(
      'machines will think by the end of the year',
    );
    expect(claim?.prediction).toEqual(
      expect.objectContaining({ dueDate: '2024-12-31', probability: 0.95, conditional: false }),
    );
    expect(corpus?.mentions).toEqual([
      expect.objectContaining({
        entityId: 'bombe',
        form: 'Bombe',
        start: turnText.indexOf('Bombe'),
      }),
    ]);
    expect(corpus?.claimRelations).toEqual([
      { from: 'alan-machines-think', type: 'answers', to: 'ada-asks' },
    ]);
    expect(corpus?.noteLinks).toEqual([{ noteId: `${EPISODE}#n1`, entityId: 'bombe' }]);
  });

  it('reports every broken reference at once, with file, line and field', () => {
    const broken = GOOD.replace(
      'quote: machines will think by the end of the year',
      'quote: machines will dream',
    )
      .replace('turn: t001', 'turn: t009')
      .replace('about: [bombe]', 'about: [enigma]')
      .replace('target: ada-asks', 'target: nobody')
      .replace('form: Bombe', 'form: Colossus');
    const { problems } = validate(broken);
    const summary = problems.map((p) => `${p.line}:${p.field}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        '7:entities[0].mentions[0].form',
        '11:claims[0].quote',
        '13:claims[0].about[0]',
        '20:claims[0].relations[0].target',
        '22:claims[1].turn',
      ]),
    );
    expect(problems).toHaveLength(5);
    expect(problems.find((p) => p.field === 'claims[0].quote')?.message).toMatch(
      /does not occur verbatim in t002/,
    );
    expect(problems.every((p) => p.file === 'small.yaml')).toBe(true);
  });

  it('checks due dates against the air date and the spoken horizon', () => {
    expect(validate(GOOD.replace('due: 2024-12-31', 'due: 2025-06-30')).problems).toEqual([
      expect.objectContaining({
        field: 'claims[0].prediction.due',
        message: expect.stringContaining('means 2024-12-31') as string,
      }),
    ]);
    expect(validate(GOOD.replace('due: 2024-12-31', 'due: 2023-12-31')).problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ message: '2023-12-31 is before the air date 2024-06-01' }),
      ]),
    );
    expect(validate(GOOD.replace('due: 2024-12-31', 'due: 2024-02-30')).problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ message: '"2024-02-30" is not a calendar date' }),
      ]),
    );
    expect(
      validate(GOOD.replace('hedges: [I really do think]', 'hedges: [I am certain]')).problems,
    ).toEqual([expect.objectContaining({ field: 'claims[0].prediction.confidence.hedges[0]' })]);
  });

  it('reports schema problems with their line: wrong kind, missing prediction, unknown field', () => {
    const { problems } = validate(
      GOOD.replace('kind: question', 'kind: rumour')
        .replace('    kind: prediction', '    kind: opinion')
        .concat('extra: 1\n'),
    );
    expect(problems.map((p) => `${p.line}:${p.field}:${p.message}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^24:claims\[1\]\.kind:must be one of: assertion/),
        expect.stringMatching(/^9:claims\[0\]\.prediction:only a claim of kind prediction/),
        expect.stringMatching(/^27:extra:is not a known field/),
      ]),
    );
  });

  it('reports bad YAML with its line', () => {
    const { problems } = validate(`episode: ${EPISODE}\nclaims:\n  - id: a\n   turn: [t001\n`);
    expect(problems[0]).toEqual(expect.objectContaining({ file: 'small.yaml', field: 'yaml' }));
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  describe('second-pass checks', () => {
    const messages = (problems: Problem[]) => problems.map((p) => `${p.field}: ${p.message}`);
    const BABBAGE = `  - id: charles-babbage
    type: person
    name: Charles Babbage
`;

    it('refuses a speaker who did not speak in the episode, and accepts them as attributedTo', () => {
      const asSpeaker = GOOD.replace('entities:\n', `entities:\n${BABBAGE}`).replace(
        '    turn: t001\n',
        '    turn: t001\n    speaker: charles-babbage\n',
      );
      expect(messages(validate(asSpeaker).problems)).toEqual([
        expect.stringMatching(/^claims\[1\]\.speaker: "charles-babbage" does not speak in/),
      ]);
      const attributed = GOOD.replace('entities:\n', `entities:\n${BABBAGE}`).replace(
        '    turn: t001\n',
        '    turn: t001\n    attributedTo: { person: charles-babbage }\n',
      );
      const { corpus, problems } = validate(attributed);
      expect(problems).toEqual([]);
      expect(corpus?.claims.find((c) => c.id === 'ada-asks')).toEqual(
        expect.objectContaining({ speakerId: 'ada-lovelace', attributedToId: 'charles-babbage' }),
      );
      const group = validate(
        GOOD.replace(
          '    turn: t001\n',
          '    turn: t001\n    attributedTo: { group: some people }\n',
        ),
      );
      expect(group.corpus?.claims.find((c) => c.id === 'ada-asks')?.attributedToGroup).toBe(
        'some people',
      );
    });

    it('requires resolution criteria on a dated prediction', () => {
      const { problems } = validate(GOOD.replace(/ {6}resolutionCriteria: .*\n/, ''));
      expect(messages(problems)).toEqual([
        expect.stringMatching(/^claims\[0\]\.prediction\.resolutionCriteria: a dated prediction/),
      ]);
    });

    it('warns when hedges and bucket disagree with the table, unless an override says why', () => {
      const wrong = GOOD.replace('bucket: almost-certain }', 'bucket: likely }');
      expect(validate(wrong).problems).toEqual([]);
      expect(messages(validate(wrong).warnings)).toEqual([
        'claims[0].prediction.confidence.bucket: the hedge table gives almost-certain for "I really do think", not likely; re-bucket or give an override',
      ]);
      const overridden = GOOD.replace(
        'bucket: almost-certain }',
        'bucket: likely, override: said with a laugh }',
      );
      expect(validate(overridden).warnings).toEqual([]);
      const unknown = GOOD.replace('hedges: [I really do think]', 'hedges: [kinda]');
      expect(messages(validate(unknown).warnings)).toEqual([
        expect.stringMatching(/hedges: hedge\(s\) not in the table .*"kinda"/),
      ]);
      expect(validate(GOOD).warnings).toEqual([]);
    });

    it('checks exclusions: verbatim, and never also a prediction', () => {
      const good = validate(
        `${GOOD}excluded:\n  - { turn: t002, quote: The Bombe already helps., reason: About the present. }\n`,
      );
      expect(good.corpus?.excluded).toEqual([
        {
          id: expect.stringMatching(new RegExp(`^${EPISODE}#x[0-9a-f]{12}$`)) as unknown,
          episodeId: EPISODE,
          turnId: `${EPISODE}#t002`,
          quote: 'The Bombe already helps.',
          reason: 'About the present.',
        },
      ]);
      const bad = validate(
        `${GOOD}excluded:\n  - { turn: t002, quote: machines will dream, reason: x }\n  - { turn: t002, quote: machines will think by the end of the year, reason: x }\n`,
      );
      expect(messages(bad.problems)).toEqual([
        expect.stringMatching(/^excluded\[0\]\.quote: quote does not occur verbatim in t002/),
        expect.stringMatching(
          /^excluded: .* is both excluded and the prediction alan-machines-think/,
        ),
      ]);
    });

    it('marks the claims that rest on a doubted speaker label', () => {
      const { corpus, problems } = validate(
        `${GOOD.replace(
          'notes:',
          `  - id: alan-bombe-helps
    turn: t002
    quote: The Bombe already helps.
    kind: assertion
notes:`,
        )}discrepancies:
  - id: label-doubt
    turn: t002
    turns: [t001]
    text: The Bombe already helps.
    correct: Said by Ada
    kind: attribution
    explanation: The label looks swapped.
`,
      );
      expect(problems).toEqual([]);
      const doubts = Object.fromEntries(
        (corpus?.claims ?? []).map((claim) => [claim.id, claim.attributionDoubtIds]),
      );
      expect(doubts).toEqual({
        'alan-machines-think': [],
        'alan-bombe-helps': ['label-doubt'],
        'ada-asks': ['label-doubt'],
      });
      expect(corpus?.discrepancies[0]?.turnIds).toEqual([`${EPISODE}#t002`, `${EPISODE}#t001`]);
    });

    it("refuses an endorsement of one's own claim", () => {
      const { problems } = validate(
        GOOD.replace(
          'notes:',
          `  - id: alan-again
    turn: t002
    quote: The Bombe already helps.
    kind: opinion
    relations: [{ type: endorses, target: alan-machines-think }]
notes:`,
        ),
      );
      expect(messages(problems)).toEqual([
        'relations: alan-again endorses alan-machines-think, a claim by the same speaker; use supports',
      ]);
    });
  });

  it('checks a claim alone with the same rules the file pass runs', () => {
    const broken = GOOD.replace('due: 2024-12-31', 'due: 2023-12-31').replace(
      'hedges: [I really do think]',
      'hedges: [I am certain]',
    );
    const read = parseAnnotationText('small.yaml', broken);
    if (!read.ok) throw new Error('test setup');
    const inFile = validate(broken).problems.map((p) => `${p.field}: ${p.message}`);
    const context = new CorpusContext([episode()]);
    context.collectSpeakers();
    const subject = read.file.data.claims?.[0];
    if (subject === undefined) throw new Error('test setup');
    const scope = {
      ...context.scope(episode()),
      entityType: (id: string) => (id === 'bombe' ? ('hardware' as const) : undefined),
      claimExists: (id: string) => id === 'ada-asks',
    };
    const alone = validateClaim(subject, episode().turns[1], scope);
    expect(alone.errors.map((p) => `${fieldName(['claims', 0, ...p.path])}: ${p.message}`)).toEqual(
      inFile,
    );
    expect(inFile.length).toBeGreaterThanOrEqual(3);
  });
});
