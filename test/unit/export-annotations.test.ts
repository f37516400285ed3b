import type { EpisodeExport } from '../../src/db/export/export-repository';
import { parseAnnotationText } from '../../src/ingest/annotations/read-annotation-file';
import { validateCorpus } from '../../src/ingest/corpus/validate-corpus';
import { annotationFiles } from '../../src/ingest/export/annotations-from-graph';
import { parseTranscript } from '../../src/ingest/transcript/parse-transcript';

// A claim's premise and a mention's mentionOnly: from the files into the importer's rows, and
// from the graph's shape back into the files (the round trip itself: export-round-trip.test.ts).
const EPISODE = '2024-06-01-thinking-machines';
const TRANSCRIPT = [
  '# Thinking Machines',
  '**Host:** Ada Lovelace',
  '**Panelists:** Alan Turing (Bletchley Park, cryptanalysis)',
  '**Original Air Date:** June 1, 2024',
  '## Only Section',
  '**Ada:** If machines get cheap, what happens to clerks?',
  '**Alan:** Clerks will be much more productive.',
  '**Ada:** That is the idea behind the Engine.',
].join('\n');

const ANNOTATIONS = `episode: ${EPISODE}
entities:
  - id: analytical-engine
    type: work
    name: Analytical Engine
    mentions:
      - { turn: t003, form: Engine, mentionOnly: true }
claims:
  - id: ada-clerks-question
    turn: t001
    quote: If machines get cheap, what happens to clerks?
    kind: question
    premise: { text: If machines get cheap, governs: [t002] }
`;

describe('premises and mentionOnly marks', () => {
  it('become row fields: the premise with full turn ids, the mark on its mention', () => {
    const parsed = parseTranscript('thinking.md', TRANSCRIPT);
    const read = parseAnnotationText('thinking.yaml', ANNOTATIONS);
    if (!parsed.ok || !read.ok) throw new Error('the fixture does not parse');
    const result = validateCorpus([parsed.episode], [read.file]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings).toEqual([]);
    expect(result.corpus.claims[0]).toEqual(
      expect.objectContaining({
        premiseText: 'If machines get cheap',
        premiseGoverns: [`${EPISODE}#t002`],
      }),
    );
    expect(result.corpus.mentions.map((m) => [m.form, m.mentionOnly])).toEqual([['Engine', true]]);
  });

  it('are written back as the format has them: local turn ids, the mark per mention', () => {
    const text = 'ENIAC, ENIAC and ENIAC.';
    const mention = (start: number, mentionOnly: boolean) => ({
      turn: 't003',
      turnText: text,
      form: 'ENIAC',
      start,
      mentionOnly,
    });
    const data: EpisodeExport = {
      episode: {
        id: EPISODE,
        title: 'Thinking Machines',
        airDate: '2024-06-01',
        mediaUrl: null,
        editorialNote: null,
      },
      speakers: [],
      sections: [],
      turns: [],
      notes: [],
      entities: [
        {
          id: 'eniac',
          type: 'hardware',
          name: 'Electronic Numerical Integrator',
          aliases: [],
          description: null,
          externalIds: [],
          year: null,
          // Every occurrence marked but the second.
          mentions: [mention(0, true), mention(7, false), mention(17, true)],
        },
      ],
      entityRelations: [],
      claims: [
        {
          id: 'ada-clerks-question',
          turn: 't001',
          turnText: 'If machines get cheap, what happens to clerks?',
          turnSpeakerId: 'ada-lovelace',
          start: 0,
          speakerId: 'ada-lovelace',
          attributedToId: null,
          attributedToGroup: null,
          attributedWording: null,
          quote: 'If machines get cheap, what happens to clerks?',
          paraphrase: null,
          kind: 'question',
          topics: [],
          about: [],
          relations: [],
          premise: { text: 'If machines get cheap', governs: [`${EPISODE}#t002`] },
          prediction: null,
          review: { state: 'ACCEPTED', by: null, at: null, note: null },
          retracted: null,
        },
      ],
      discrepancies: [],
      exclusions: [],
    };
    const files = annotationFiles(data);
    expect(files['claims.yaml']?.claims?.[0]?.premise).toEqual({
      text: 'If machines get cheap',
      governs: ['t002'],
    });
    expect(files['entities.yaml']?.entities?.[0]?.mentions).toEqual([
      { turn: 't003', form: 'ENIAC', occurrence: 1, mentionOnly: true },
      { turn: 't003', form: 'ENIAC', occurrence: 3, mentionOnly: true },
      { turn: 't003', form: 'ENIAC', occurrence: 2 },
    ]);
    // A claim without a premise writes none.
    const [claim] = data.claims;
    if (claim === undefined) throw new Error('no claim');
    const plain = annotationFiles({ ...data, claims: [{ ...claim, premise: null }] });
    expect(plain['claims.yaml']?.claims?.[0]).not.toHaveProperty('premise');
  });
});
