import { loadCorpus } from '../../../src/ingest/corpus/load-corpus';
import { LIST_SIZE_BOUNDS } from '../../../src/validation';
import { SEED_DIR } from '../../support/corpus';

function largest(keys: string[]): number {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}

/**
 * The cost model trusts LIST_SIZE_BOUNDS; this measures the corpus so that an episode that
 * outgrows a bound fails here instead of being under-costed.
 */
describe('LIST_SIZE_BOUNDS', () => {
  const loaded = loadCorpus([SEED_DIR]);
  if (!loaded.ok) throw new Error('the bundled corpus does not load');
  const { corpus } = loaded;
  const turns = corpus.episodes.flatMap((episode) => episode.turns);

  const measured: Record<string, number> = {
    'Episode.sections': Math.max(...corpus.episodes.map((e) => e.sections.length)),
    'Episode.speakers': Math.max(...corpus.episodes.map((e) => e.speakers.length)),
    'Episode.notes': Math.max(...corpus.episodes.map((e) => e.notes.length)),
    'Episode.discrepancies': largest(corpus.discrepancies.map((d) => d.episodeId)),
    'Section.turns': largest(turns.map((turn) => turn.sectionId)),
    'Turn.claims': largest(corpus.claims.map((claim) => claim.turnId)),
    'Turn.mentions': largest(corpus.mentions.map((mention) => mention.turnId)),
    'Claim.about': Math.max(...corpus.claims.map((claim) => claim.about.length)),
    'Prediction.about': Math.max(
      ...corpus.claims.filter((claim) => claim.prediction).map((claim) => claim.about.length),
    ),
    'Note.explains': largest(corpus.noteLinks.map((link) => link.noteId)),
  };

  it('covers exactly the lists it measures', () => {
    expect(Object.keys(LIST_SIZE_BOUNDS).sort()).toEqual(Object.keys(measured).sort());
  });

  it.each(Object.entries(measured))('%s holds at most its bound (measured %i)', (key, max) => {
    expect(max).toBeGreaterThan(0);
    expect(max).toBeLessThanOrEqual(LIST_SIZE_BOUNDS[key] ?? 0);
  });
});
