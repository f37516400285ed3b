import type { EpisodeExport } from '../../db/export/export-repository';
import {
  CLAIM_RELATION_TYPES,
  ENTITY_RELATION_TYPES,
  type ClaimRelationKind,
  type EntityRelationKind,
} from '../../domain/vocabulary';
import type {
  AnnotationFile,
  ClaimAnnotation,
  DiscrepancyAnnotation,
  EntityAnnotation,
  EpisodeResolutionAnnotation,
  ExclusionAnnotation,
  MentionAnnotation,
  PredictionAnnotation,
  ReviewAnnotation,
} from '../annotations/annotation-types';
import { instant } from '../corpus/build-corpus';
import { occurrences } from '../corpus/rules/text';

/**
 * The annotation files of one episode, rebuilt from the graph: entities (with their mentions),
 * entity relations, note links and discrepancies in entities.yaml, claims in claims.yaml,
 * exclusions in excluded.yaml. Optional fields are written only when they hold something, so
 * the files read like hand-written ones and import to the same graph.
 */
export function annotationFiles(data: EpisodeExport): Record<string, AnnotationFile> {
  const episode = data.episode.id;
  return {
    'entities.yaml': {
      episode,
      entities: data.entities.map(entityAnnotation),
      entityRelations: data.entityRelations.map((relation) => ({
        from: relation.from,
        type: kindOf(ENTITY_RELATION_TYPES, relation.type) as EntityRelationKind,
        to: relation.to,
        ...(relation.role === null ? {} : { role: relation.role }),
      })),
      notes: data.notes
        .filter((note) => note.explains.length > 0)
        .map((note) => ({ note: note.number, explains: note.explains })),
      discrepancies: data.discrepancies.map(discrepancyAnnotation),
    },
    'claims.yaml': { episode, claims: data.claims.map(claimAnnotation) },
    'excluded.yaml': { episode, excluded: data.exclusions.map(exclusionAnnotation) },
  };
}

function entityAnnotation(entity: EpisodeExport['entities'][number]): EntityAnnotation {
  const externalIds = Object.fromEntries(
    entity.externalIds.map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
  const mentions = mentionAnnotations(entity.mentions);
  return {
    id: entity.id,
    type: entity.type as EntityAnnotation['type'],
    name: entity.name,
    ...(entity.aliases.length > 0 ? { aliases: entity.aliases } : {}),
    ...(entity.description === null ? {} : { description: entity.description }),
    ...(entity.externalIds.length > 0 ? { externalIds } : {}),
    ...(entity.year === null ? {} : { year: entity.year }),
    ...(mentions.length > 0 ? { mentions } : {}),
  };
}

/**
 * A mention without `occurrence` stands for every occurrence of its form in the turn: write it
 * so when the graph holds all of them, and one entry per occurrence otherwise. Marked and
 * unmarked occurrences of one form are grouped apart, each entry keeping its `mentionOnly`.
 */
function mentionAnnotations(
  mentions: EpisodeExport['entities'][number]['mentions'],
): MentionAnnotation[] {
  const groups = new Map<
    string,
    { turn: string; form: string; text: string; mentionOnly: boolean; starts: number[] }
  >();
  for (const mention of mentions) {
    const key = `${mention.turn}\n${mention.form}\n${String(mention.mentionOnly)}`;
    const group = groups.get(key) ?? {
      turn: mention.turn,
      form: mention.form,
      text: mention.turnText,
      mentionOnly: mention.mentionOnly,
      starts: [],
    };
    group.starts.push(mention.start);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap((group) => {
    const all = occurrences(group.text, group.form);
    const starts = [...new Set(group.starts)].sort((a, b) => a - b);
    const mark = group.mentionOnly ? { mentionOnly: true } : {};
    if (starts.length === all.length && starts.every((start, i) => start === all[i])) {
      return [{ turn: group.turn, form: group.form, ...mark }];
    }
    return starts.map((start) => ({
      turn: group.turn,
      form: group.form,
      occurrence: all.indexOf(start) + 1,
      ...mark,
    }));
  });
}

type ExportedClaim = EpisodeExport['claims'][number];

function claimAnnotation(claim: ExportedClaim): ClaimAnnotation {
  const prediction = claim.prediction;
  return {
    id: claim.id,
    turn: claim.turn,
    ...(claim.speakerId === claim.turnSpeakerId ? {} : { speaker: claim.speakerId }),
    ...attribution(claim),
    quote: claim.quote,
    ...occurrenceOf(claim.turnText, claim.quote, claim.start),
    ...(claim.paraphrase === null ? {} : { paraphrase: claim.paraphrase }),
    kind: claim.kind as ClaimAnnotation['kind'],
    ...(claim.topics.length > 0 ? { topics: claim.topics } : {}),
    ...(claim.about.length > 0 ? { about: claim.about } : {}),
    ...(claim.relations.length > 0
      ? {
          relations: claim.relations.map((relation) => ({
            type: kindOf(CLAIM_RELATION_TYPES, relation.type) as ClaimRelationKind,
            target: relation.target,
          })),
        }
      : {}),
    ...(claim.premise === null
      ? {}
      : { premise: { text: claim.premise.text, governs: claim.premise.governs.map(localId) } }),
    ...(prediction === null ? {} : { prediction: predictionAnnotation(prediction) }),
    ...reviewOf(claim),
  };
}

/** Whose view the words report, and how they are worded (always written: the rules ask). */
function attribution(claim: ExportedClaim): Pick<ClaimAnnotation, 'attributedTo'> {
  const wording = claim.attributedWording ?? 'paraphrase';
  if (claim.attributedToId !== null) {
    return { attributedTo: { person: claim.attributedToId, wording } };
  }
  if (claim.attributedToGroup !== null) {
    return { attributedTo: { group: claim.attributedToGroup, wording } };
  }
  return {};
}

const EPISODE_STATUSES: Record<string, EpisodeResolutionAnnotation['status']> = {
  CORRECT: 'correct',
  PARTIALLY_CORRECT: 'partially-correct',
  INCORRECT: 'incorrect',
};

function predictionAnnotation(
  prediction: NonNullable<ExportedClaim['prediction']>,
): PredictionAnnotation {
  const settled = prediction.settled;
  const status = settled === null ? undefined : EPISODE_STATUSES[settled.status];
  return {
    ...(prediction.horizon === null ? {} : { horizon: prediction.horizon }),
    ...(prediction.due === null ? {} : { due: prediction.due }),
    ...(prediction.windowStart !== null && prediction.windowEnd !== null
      ? { window: { from: prediction.windowStart, to: prediction.windowEnd } }
      : {}),
    ...(prediction.conditional === true ? { conditional: true } : {}),
    ...(prediction.conditions.length > 0 ? { conditions: prediction.conditions } : {}),
    ...(prediction.windowReason === null ? {} : { windowReason: prediction.windowReason }),
    ...(prediction.resolutionCriteria === null
      ? {}
      : { resolutionCriteria: prediction.resolutionCriteria }),
    ...(prediction.resolutionSource === null
      ? {}
      : { resolutionSource: prediction.resolutionSource }),
    ...(prediction.unresolvable === null ? {} : { unresolvable: prediction.unresolvable }),
    ...(prediction.madeBeforeEpisode === true ? { madeBeforeEpisode: true } : {}),
    ...(settled === null || status === undefined
      ? {}
      : {
          resolvedInEpisode: {
            turn: settled.turn,
            quote: settled.quote,
            status,
            explanation: settled.explanation,
          },
        }),
    confidence: {
      ...(prediction.hedges.length > 0 ? { hedges: prediction.hedges } : {}),
      bucket: prediction.bucket as NonNullable<
        ClaimAnnotation['prediction']
      >['confidence']['bucket'],
      ...(prediction.override === null ? {} : { override: prediction.override }),
    },
  };
}

/**
 * The review and retraction fields: written for every claim but the plain accepted one (no
 * reviewer named), which the format takes as accepted when the field is absent.
 */
function reviewOf(
  claim: EpisodeExport['claims'][number],
): Pick<ClaimAnnotation, 'review' | 'retracted'> {
  const { review, retracted } = claim;
  const state = review.state.toLowerCase() as ReviewAnnotation['state'];
  const plain = state === 'accepted' && review.by === null && review.at === null;
  return {
    ...(plain && review.note === null
      ? {}
      : {
          review: {
            state,
            ...(review.by === null ? {} : { by: review.by }),
            ...(review.at === null ? {} : { at: instant(review.at) ?? review.at }),
            ...(review.note === null ? {} : { note: review.note }),
          },
        }),
    ...(retracted === null
      ? {}
      : {
          retracted: {
            by: retracted.by ?? '',
            at: instant(retracted.at) ?? retracted.at,
            reason: retracted.reason ?? '',
          },
        }),
  };
}

function exclusionAnnotation(item: EpisodeExport['exclusions'][number]): ExclusionAnnotation {
  return {
    turn: item.turn,
    quote: item.quote,
    ...occurrenceOf(item.turnText, item.quote, item.start),
    reason: item.reason,
  };
}

/** `occurrence` only when the quote is not its first occurrence in the turn (the default). */
function occurrenceOf(text: string, quote: string, start: number | null): { occurrence?: number } {
  if (start === null) return {};
  const at = occurrences(text, quote).indexOf(start);
  return at > 0 ? { occurrence: at + 1 } : {};
}

function discrepancyAnnotation(
  item: EpisodeExport['discrepancies'][number],
): DiscrepancyAnnotation {
  const further = item.turnIds.filter((id) => id !== item.turnId).map(localId);
  return {
    id: item.id,
    ...(item.turnId === null ? {} : { turn: localId(item.turnId) }),
    ...(further.length > 0 ? { turns: further } : {}),
    ...(item.note === null ? {} : { note: item.note }),
    text: item.text,
    correct: item.correct,
    ...(item.entity === null ? {} : { entity: item.entity }),
    kind: item.kind as DiscrepancyAnnotation['kind'],
    explanation: item.explanation,
  };
}

/** `<episode>#t007` → `t007`, as annotation files write turns. */
function localId(globalId: string): string {
  return globalId.slice(globalId.lastIndexOf('#') + 1);
}

/** The annotated name of a stored relationship type: SUPPORTS → supports. */
function kindOf(map: Record<string, string>, type: string): string {
  const found = Object.entries(map).find(([, stored]) => stored === type);
  if (found === undefined) throw new Error(`no annotated kind for relationship type ${type}`);
  return found[0];
}
