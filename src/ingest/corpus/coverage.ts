import type {
  ClaimRow,
  Corpus,
  Coverage,
  ExclusionRow,
  SpeakerCoverage,
} from '../../domain/corpus';
import type { Episode } from '../../domain/transcript';

/** What is annotated and what is not, per episode, with counts by kind. */
export function coverageOf(corpus: Corpus): Coverage[] {
  return corpus.episodes.map((episode) => {
    const claims = corpus.claims.filter((claim) => claim.episodeId === episode.id);
    const mentions = corpus.mentions.filter((mention) => mention.episodeId === episode.id);
    const discrepancies = corpus.discrepancies.filter((item) => item.episodeId === episode.id);
    const excluded = corpus.excluded.filter((item) => item.episodeId === episode.id);
    const localOf = (turnId: string): string => turnId.slice(turnId.lastIndexOf('#') + 1);
    const claimTurns = new Set(claims.map((claim) => claim.turnId));
    const touched = new Set([
      ...claimTurns,
      ...mentions.map((mention) => mention.turnId),
      ...discrepancies.flatMap((item) => (item.turnId ? [item.turnId] : [])),
    ]);
    const claimIds = new Set(claims.map((claim) => claim.id));
    const episodeEntities = new Set(mentions.map((mention) => mention.entityId));
    const linkedNotes = new Set(corpus.noteLinks.map((link) => link.noteId));
    const counts: Record<string, number> = {
      turns: episode.turns.length,
      sections: episode.sections.length,
      claims: claims.length,
      predictions: claims.filter((claim) => claim.prediction !== null).length,
      conditionalPredictions: claims.filter((claim) => claim.prediction?.conditional === true)
        .length,
      datedPredictions: claims.filter(
        (claim) => claim.prediction?.dueDate != null || claim.prediction?.windowEnd != null,
      ).length,
      entitiesMentioned: episodeEntities.size,
      mentions: mentions.length,
      claimRelations: corpus.claimRelations.filter((relation) => claimIds.has(relation.from))
        .length,
      discrepancies: discrepancies.length,
      exclusions: excluded.length,
      attributionDoubts: discrepancies.filter((item) => item.kind === 'attribution').length,
      claimsWithAttributionDoubt: claims.filter((claim) => claim.attributionDoubtIds.length > 0)
        .length,
      notes: episode.notes.length,
      ...editorialCounts(claims, corpus, claimIds),
    };
    for (const claim of claims)
      counts[`kind:${claim.kind}`] = (counts[`kind:${claim.kind}`] ?? 0) + 1;
    for (const claim of claims) {
      if (claim.prediction === null) continue;
      const key = `bucket:${claim.prediction.bucket}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return {
      episodeId: episode.id,
      turns: episode.turns.length,
      sections: episode.sections.map((section) => ({
        id: section.id,
        title: section.title,
        claims: claims.filter(
          (claim) =>
            episode.turns.find((turn) => turn.id === claim.turnId)?.sectionId === section.id,
        ).length,
      })),
      unannotatedTurns: episode.turns
        .filter((turn) => !touched.has(turn.id))
        .map((turn) => ({ id: turn.localId, speakerId: turn.speakerId, text: turn.text })),
      turnsWithoutClaims: episode.turns
        .filter((turn) => !claimTurns.has(turn.id))
        .map((turn) => turn.localId),
      unlinkedNotes: episode.notes
        .filter((note) => !linkedNotes.has(note.id))
        .map((note) => note.number),
      predictions: claims.flatMap((claim) =>
        claim.prediction === null
          ? []
          : [
              {
                id: claim.id,
                turn: localOf(claim.turnId),
                bucket: claim.prediction.bucket,
                dated: claim.prediction.dueDate !== null || claim.prediction.windowEnd !== null,
                conditional: claim.prediction.conditional,
              },
            ],
      ),
      exclusions: excluded.map((item) => ({
        turn: localOf(item.turnId),
        quote: item.quote,
        reason: item.reason,
      })),
      attributionDoubts: discrepancies
        .filter((item) => item.kind === 'attribution')
        .map((item) => ({
          id: item.id,
          turns: item.turnIds.map(localOf),
          claims: claims
            .filter((claim) => claim.attributionDoubtIds.includes(item.id))
            .map((claim) => claim.id),
        })),
      speakers: speakersOf(episode, claims, excluded, corpus),
      counts,
    };
  });
}

/** How many predictions can be judged, cannot, or were settled, and how many endorsements. */
function editorialCounts(
  claims: ClaimRow[],
  corpus: Corpus,
  claimIds: Set<string>,
): Record<string, number> {
  return {
    predictionsWithCriteria: claims.filter((claim) => claim.prediction?.resolutionCriteria).length,
    predictionsUnresolvableAsStated: claims.filter((claim) => claim.prediction?.unresolvable)
      .length,
    predictionsSettledInEpisode: claims.filter((claim) => claim.prediction?.episodeResolution)
      .length,
    endorsements: corpus.claimRelations.filter(
      (relation) => relation.type === 'endorses' && claimIds.has(relation.from),
    ).length,
  };
}

/** Per speaker, in order of first turn: own and reported forecasts, endorsements, exclusions, doubts. */
function speakersOf(
  episode: Episode,
  claims: ClaimRow[],
  excluded: ExclusionRow[],
  corpus: Corpus,
): SpeakerCoverage[] {
  const speakerOfTurn = new Map(episode.turns.map((turn) => [turn.id, turn.speakerId]));
  const endorsing = new Set(
    corpus.claimRelations
      .filter((relation) => relation.type === 'endorses')
      .map((relation) => relation.from),
  );
  const order = [...new Set(episode.turns.map((turn) => turn.speakerId))];
  return order.map((speakerId) => {
    const own = claims.filter((claim) => claim.speakerId === speakerId);
    const reported = (claim: ClaimRow): boolean =>
      claim.attributedToId !== null || claim.attributedToGroup !== null;
    return {
      speakerId,
      predictions: own.filter((claim) => claim.prediction !== null && !reported(claim)).length,
      reportedPredictions: own.filter((claim) => claim.prediction !== null && reported(claim))
        .length,
      endorsements: own.filter((claim) => endorsing.has(claim.id)).length,
      exclusions: excluded.filter((item) => speakerOfTurn.get(item.turnId) === speakerId).length,
      doubtedClaims: own.filter((claim) => claim.attributionDoubtIds.length > 0).length,
    };
  });
}

/** Counts over the whole corpus, by entity type and relation type too. */
export function corpusCounts(corpus: Corpus): Record<string, number> {
  const counts: Record<string, number> = {
    episodes: corpus.episodes.length,
    turns: corpus.episodes.reduce((sum, episode) => sum + episode.turns.length, 0),
    claims: corpus.claims.length,
    predictions: corpus.claims.filter((claim) => claim.prediction !== null).length,
    entities: corpus.entities.length,
    mentions: corpus.mentions.length,
    entityRelations: corpus.entityRelations.length,
    claimRelations: corpus.claimRelations.length,
    noteLinks: corpus.noteLinks.length,
    discrepancies: corpus.discrepancies.length,
    exclusions: corpus.excluded.length,
    topics: corpus.topics.length,
  };
  for (const entity of corpus.entities) {
    counts[`entity:${entity.type}`] = (counts[`entity:${entity.type}`] ?? 0) + 1;
  }
  return counts;
}
