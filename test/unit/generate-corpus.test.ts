import { parseAnnotationText } from '../../src/ingest/annotations/read-annotation-file';
import { validateCorpus } from '../../src/ingest/corpus/validate-corpus';
import { generateCorpus, poolSizes } from '../../src/ingest/generate/generate-corpus';
import { parseTranscript } from '../../src/ingest/transcript/parse-transcript';

function validate(episodes: number, seed: number) {
  const generated = [...generateCorpus({ episodes, seed })];
  const parsed = generated.map((episode) => {
    const transcript = parseTranscript(`${episode.id}.md`, episode.transcript);
    if (!transcript.ok) throw new Error(JSON.stringify(transcript.problems.slice(0, 3)));
    const annotations = parseAnnotationText(`${episode.id}.yaml`, episode.annotations);
    if (!annotations.ok) throw new Error(JSON.stringify(annotations.problems.slice(0, 3)));
    return { transcript: transcript.episode, annotations: annotations.file };
  });
  return validateCorpus(
    parsed.map((p) => p.transcript),
    parsed.map((p) => p.annotations),
  );
}

describe('corpus generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = [...generateCorpus({ episodes: 4, seed: 7 })];
    const b = [...generateCorpus({ episodes: 4, seed: 7 })];
    const c = [...generateCorpus({ episodes: 4, seed: 8 })];
    expect(b).toEqual(a);
    expect(c.map((e) => e.annotations)).not.toEqual(a.map((e) => e.annotations));
  });

  it('writes episodes the validator accepts, shaped like the bundled one', () => {
    const result = validate(6, 3);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
    const { corpus } = result;
    expect(corpus.episodes).toHaveLength(6);
    for (const episode of corpus.episodes) {
      expect(episode.turns).toHaveLength(95);
      expect(episode.speakers.length).toBeGreaterThanOrEqual(2);
      expect(episode.speakers.length).toBeLessThanOrEqual(4);
      const claims = corpus.claims.filter((claim) => claim.episodeId === episode.id);
      expect(claims).toHaveLength(205);
      expect(claims.filter((claim) => claim.prediction !== null)).toHaveLength(16);
    }
    expect(new Set(corpus.claims.map((claim) => claim.kind)).size).toBe(7);
    expect(corpus.discrepancies.length).toBeGreaterThan(0);
    expect(corpus.claimRelations.length).toBeGreaterThan(0);
  });

  it('shares speakers and a Zipf-weighted entity pool that grows slower than the corpus', () => {
    expect(poolSizes(1000).entities).toBeLessThan(poolSizes(10).entities * 100);
    expect(poolSizes(1000).people).toBeLessThan(100);
    const result = validate(20, 1);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
    const perEntity = new Map<string, number>();
    for (const mention of result.corpus.mentions) {
      perEntity.set(mention.entityId, (perEntity.get(mention.entityId) ?? 0) + 1);
    }
    const counts = [...perEntity.values()].sort((x, y) => y - x);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    // The most cited entity is a hub: far above the median one.
    expect(counts[0] ?? 0).toBeGreaterThan(median * 20);
    const speakers = new Set(
      result.corpus.episodes.flatMap((episode) => episode.speakers.map((s) => s.id)),
    );
    expect(speakers.size).toBeLessThan(20 * 3);
  });
});
