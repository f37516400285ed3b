import type { CountedTransaction } from '../db/database';
import { annotationRepository as repo } from '../db/annotations/annotation-repository';
import { occurrencesOf } from '../domain/quote-finder';
import type { Episode, Turn } from '../domain/transcript';
import type { EntityType } from '../domain/vocabulary';
import type { ClaimFields } from './claim-fields';
import { refuse } from './outcome';
import type { RuleScope } from './rule-set';

/** What a claim's references resolved to, and everything its rules look at. */
export interface ResolvedClaim {
  episode: Episode;
  turn: Turn;
  /** The fields with every reference replaced by the id it names. */
  fields: ClaimFields;
  scope: RuleScope;
}

/**
 * Reads, inside the write transaction, what a claim refers to: its turn and episode, the
 * entities it names (by id or any written name, as the API's lookups do), the claims it relates
 * to and the statements excluded in its turn. A reference that names nothing, or names several
 * entities, is refused here with the field it came from.
 */
export async function resolveClaim(
  tx: CountedTransaction,
  turnId: string,
  fields: ClaimFields,
): Promise<ResolvedClaim> {
  const turnRow = await repo.turnEpisode(tx, turnId);
  if (turnRow === null) refuse('input.turn', `no turn with id "${turnId}"`);
  const person = fields.attributedTo !== null && 'person' in fields.attributedTo;
  const refs = [
    ...fields.about,
    ...(fields.speaker === null ? [] : [fields.speaker]),
    ...(fields.attributedTo !== null && 'person' in fields.attributedTo
      ? [fields.attributedTo.person]
      : []),
  ];
  const named = await repo.resolveEntities(tx, refs);
  const one = (ref: string, field: string): { id: string; type: string; name: string } => {
    const found = named.get(ref) ?? [];
    const [first] = found;
    if (first === undefined) refuse(field, `no entity is called or has the id "${ref}"`);
    if (found.length > 1) {
      refuse(
        field,
        `"${ref}" names ${found.length} entities (${found.map((x) => x.id).join(', ')}): give an id`,
      );
    }
    return first;
  };
  const about = fields.about.map((ref) => one(ref, 'input.about'));
  const speaker = fields.speaker === null ? null : one(fields.speaker, 'input.speaker');
  const attributed =
    fields.attributedTo !== null && 'person' in fields.attributedTo
      ? one(fields.attributedTo.person, 'input.attributedTo.person')
      : null;
  const targets = await repo.claimStubs(
    tx,
    fields.relations.map((relation) => relation.target),
  );
  for (const relation of fields.relations) {
    if (!targets.some((stub) => stub.id === relation.target)) {
      refuse('input.relations', `no claim with id "${relation.target}"`);
    }
  }
  const episodeIds = [...new Set([turnRow.episodeId, ...targets.map((stub) => stub.episodeId)])];
  const episodes = await repo.episodes(tx, episodeIds);
  const episode = episodes.find((candidate) => candidate.id === turnRow.episodeId);
  const turn = episode?.turns.find((candidate) => candidate.id === turnRow.id);
  if (episode === undefined || turn === undefined)
    refuse('input.turn', `no turn with id "${turnId}"`);
  const neighbours = await repo.turnNeighbours(tx, turn.id);
  const textOf = (episodeId: string, localId: string): string =>
    episodes.find((e) => e.id === episodeId)?.turns.find((t) => t.localId === localId)?.text ?? '';
  const entities = [...about, ...(speaker ? [speaker] : []), ...(attributed ? [attributed] : [])];
  return {
    episode,
    turn,
    fields: {
      ...fields,
      about: about.map((entity) => entity.id),
      speaker: speaker?.id ?? null,
      attributedTo: person && attributed ? { person: attributed.id } : fields.attributedTo,
    },
    scope: {
      episodes,
      entities: [
        ...new Map(entities.map((x) => [x.id, { ...x, type: x.type as EntityType }])).values(),
      ],
      claims: targets.map((stub) => ({
        id: stub.id,
        episodeId: stub.episodeId,
        turn: stub.turn,
        quote: stub.quote,
        occurrence: occurrenceAt(textOf(stub.episodeId, stub.turn), stub.quote, stub.start),
        speaker: stub.speakerId,
        isPrediction: stub.isPrediction,
      })),
      exclusions: neighbours.exclusions.map((item) => ({
        turn: turn.localId,
        quote: item.quote,
        occurrence: occurrenceAt(turn.text, item.quote, item.start),
      })),
    },
  };
}

/** Which occurrence (1-based) of `quote` starts at `start`. */
export function occurrenceAt(text: string, quote: string, start: number): number {
  return Math.max(1, occurrencesOf(text, quote).indexOf(start) + 1);
}
