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
  MentionAnnotation,
} from '../annotations/annotation-types';
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
    'excluded.yaml': { episode, excluded: data.exclusions },
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
 * so when the graph holds all of them, and one entry per occurrence otherwise.
 */
function mentionAnnotations(
  mentions: EpisodeExport['entities'][number]['mentions'],
): MentionAnnotation[] {
  const groups = new Map<string, { turn: string; form: string; text: string; starts: number[] }>();
  for (const mention of mentions) {
    const key = `${mention.turn}\n${mention.form}`;
    const group = groups.get(key) ?? {
      turn: mention.turn,
      form: mention.form,
      text: mention.turnText,
      starts: [],
    };
    group.starts.push(mention.start);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap((group) => {
    const all = occurrences(group.text, group.form);
    const starts = [...new Set(group.starts)].sort((a, b) => a - b);
    if (starts.length === all.length && starts.every((start, i) => start === all[i])) {
      return [{ turn: group.turn, form: group.form }];
    }
    return starts.map((start) => ({
      turn: group.turn,
      form: group.form,
      occurrence: all.indexOf(start) + 1,
    }));
  });
}

function claimAnnotation(claim: EpisodeExport['claims'][number]): ClaimAnnotation {
  const prediction = claim.prediction;
  return {
    id: claim.id,
    turn: claim.turn,
    ...(claim.speakerId === claim.turnSpeakerId ? {} : { speaker: claim.speakerId }),
    ...(claim.attributedToId !== null ? { attributedTo: { person: claim.attributedToId } } : {}),
    ...(claim.attributedToGroup !== null
      ? { attributedTo: { group: claim.attributedToGroup } }
      : {}),
    quote: claim.quote,
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
    ...(prediction === null
      ? {}
      : {
          prediction: {
            ...(prediction.horizon === null ? {} : { horizon: prediction.horizon }),
            ...(prediction.due === null ? {} : { due: prediction.due }),
            ...(prediction.windowStart !== null && prediction.windowEnd !== null
              ? { window: { from: prediction.windowStart, to: prediction.windowEnd } }
              : {}),
            ...(prediction.conditional === true ? { conditional: true } : {}),
            ...(prediction.conditions.length > 0 ? { conditions: prediction.conditions } : {}),
            ...(prediction.resolutionCriteria === null
              ? {}
              : { resolutionCriteria: prediction.resolutionCriteria }),
            confidence: {
              ...(prediction.hedges.length > 0 ? { hedges: prediction.hedges } : {}),
              bucket: prediction.bucket as NonNullable<
                ClaimAnnotation['prediction']
              >['confidence']['bucket'],
              ...(prediction.override === null ? {} : { override: prediction.override }),
            },
          },
        }),
  };
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
