import { GraphQLError } from 'graphql';

import type {
  AttributionInput,
  MutationResolvers,
  PredictionInput,
  QueryResolvers,
} from '../__generated__/resolvers-types';
import { emptyPrediction, type ClaimFields, type FieldUpdate } from '../annotations/claim-fields';
import type { Outcome, Refusal } from '../annotations/outcome';
import type { Context } from '../context';
import { lookupRepository } from '../db/annotations/lookup-repository';
import type { ClaimModel } from '../db/shared/models';
import { readConfidence } from '../domain/confidence-table';
import { isCalendarDate } from '../domain/dates';
import { deriveDueDate } from '../domain/horizon';
import { CLAIM_RELATION_TYPES, type ClaimRelationKind } from '../domain/vocabulary';
import { userError } from '../errors';
import { loadersFor } from './drafts';
import { keyOf, optionalKeyOf } from './global-id';
import { checkLength, present, windowOf } from './support';

/**
 * The workbench API (schema/annotation.graphql). Resolvers translate GraphQL arguments into
 * service requests and outcomes into answers; the rules, roles and transactions are the
 * services' (src/annotations/).
 */

const KIND_OF_TYPE = Object.fromEntries(
  Object.entries(CLAIM_RELATION_TYPES).map(([kind, type]) => [type, kind]),
) as Record<string, ClaimRelationKind>;

/** A refusal as the GraphQL error clients read: its code, and the argument to fix. */
function raise(refused: Refusal): never {
  throw new GraphQLError(refused.message, {
    extensions: {
      code: refused.code,
      ...(refused.argument === undefined ? {} : { argument: refused.argument }),
    },
  });
}

/** The claim after a write, as its writer sees it (drafts included). */
async function claimAfter(context: Context, outcome: Outcome): Promise<ClaimModel> {
  if (!outcome.ok) raise(outcome);
  const loaders = loadersFor(context, 'drafts');
  loaders.claim.clear(outcome.id);
  loaders.historyByClaim.clear(outcome.id);
  return present(await loaders.claim.load(outcome.id), `claim ${outcome.id}`);
}

function attribution(
  given: AttributionInput | null | undefined,
): ClaimFields['attributedTo'] | undefined {
  if (given === undefined) return undefined;
  if (given === null) return null;
  const person = given.person ?? null;
  const group = given.group ?? null;
  if ((person === null) === (group === null)) {
    throw userError('attributedTo takes exactly one of person or group', {
      argument: 'input.attributedTo',
    });
  }
  return person !== null
    ? { person: keyOf(person, ['Person', 'Entity'], 'input.attributedTo.person') }
    : { group: group ?? '' };
}

function prediction(given: PredictionInput): Partial<ClaimFields['prediction'] & object> {
  const out: Partial<NonNullable<ClaimFields['prediction']>> = {};
  for (const [field, value] of Object.entries(given)) {
    if (value === undefined) continue;
    if (field === 'due' || field === 'window') continue;
    Object.assign(out, { [field]: value });
  }
  if (given.due !== undefined) out.due = given.due;
  if (given.window !== undefined) {
    out.window = given.window === null ? null : { from: given.window.from, to: given.window.to };
  }
  if (given.conditions === null) out.conditions = [];
  return out;
}

function relations(
  given: readonly { type: string; target: string }[] | null | undefined,
): ClaimFields['relations'] | undefined {
  if (given === undefined) return undefined;
  return (given ?? []).map((relation) => ({
    type: KIND_OF_TYPE[relation.type] ?? 'supports',
    target: keyOf(relation.target, ['Claim', 'Prediction'], 'input.relations.target'),
  }));
}

const entityKeys = (ids: readonly string[] | null | undefined, argument: string) =>
  ids === undefined
    ? undefined
    : (ids ?? []).map((id) => keyOf(id, ['Entity', 'Person'], argument));

export const AnnotationMutation: Pick<
  MutationResolvers,
  | 'createClaim'
  | 'updateClaim'
  | 'retractClaim'
  | 'reviewClaim'
  | 'createEntity'
  | 'addMention'
  | 'createExclusion'
  | 'removeExclusion'
> = {
  createClaim: async (_parent, { input }, context) => {
    const fields: ClaimFields = {
      quote: input.quote,
      occurrence: input.occurrence ?? 1,
      kind: input.kind,
      paraphrase: input.paraphrase ?? null,
      topics: [...(input.topics ?? [])],
      about: entityKeys(input.about, 'input.about') ?? [],
      speaker: optionalKeyOf(input.speaker, ['Person', 'Entity'], 'input.speaker'),
      attributedTo: attribution(input.attributedTo) ?? null,
      relations: relations(input.relations) ?? [],
      prediction: input.prediction
        ? { ...emptyPrediction(), ...prediction(input.prediction) }
        : null,
    };
    const outcome = await context.annotations.createClaim(context, {
      turn: keyOf(input.turn, ['Turn'], 'input.turn'),
      fields,
      clientMutationId: input.clientMutationId ?? null,
    });
    return claimAfter(context, outcome);
  },

  updateClaim: async (_parent, { id, input }, context) => {
    const update: FieldUpdate = {};
    if (input.quote !== undefined) update.quote = input.quote;
    if (input.occurrence !== undefined) update.occurrence = input.occurrence;
    if (input.kind !== undefined) update.kind = input.kind;
    if (input.paraphrase !== undefined) update.paraphrase = input.paraphrase;
    if (input.topics !== undefined) update.topics = input.topics ? [...input.topics] : null;
    if (input.about !== undefined) update.about = entityKeys(input.about, 'input.about') ?? null;
    if (input.speaker !== undefined) {
      update.speaker = optionalKeyOf(input.speaker, ['Person', 'Entity'], 'input.speaker');
    }
    if (input.attributedTo !== undefined) update.attributedTo = attribution(input.attributedTo);
    if (input.relations !== undefined) update.relations = relations(input.relations) ?? null;
    if (input.prediction !== undefined) {
      update.prediction = input.prediction === null ? null : prediction(input.prediction);
    }
    const outcome = await context.annotations.updateClaim(context, {
      id: keyOf(id, ['Claim', 'Prediction'], 'id'),
      update,
      note: input.note ?? null,
    });
    return claimAfter(context, outcome);
  },

  retractClaim: async (_parent, { id, reason }, context) =>
    claimAfter(
      context,
      await context.annotations.retractClaim(
        context,
        keyOf(id, ['Claim', 'Prediction'], 'id'),
        reason,
      ),
    ),

  reviewClaim: async (_parent, { id, verdict, note }, context) =>
    claimAfter(
      context,
      await context.annotations.reviewClaim(context, {
        id: keyOf(id, ['Claim', 'Prediction'], 'id'),
        verdict,
        note: note ?? null,
      }),
    ),

  createEntity: async (_parent, { input }, context) => {
    const outcome = await context.entities.createEntity(context, {
      episode: keyOf(input.episode, ['Episode'], 'input.episode'),
      key: input.key ?? null,
      type: input.type,
      name: input.name,
      aliases: [...(input.aliases ?? [])],
      description: input.description ?? null,
      externalIds: (input.externalIds ?? []).map((entry) => ({
        key: entry.key,
        value: entry.value,
      })),
      year: input.year ?? null,
      clientMutationId: input.clientMutationId ?? null,
    });
    if (!outcome.ok) raise(outcome);
    context.loaders.entity.clear(outcome.id);
    return present(await context.loaders.entity.load(outcome.id), `entity ${outcome.id}`);
  },

  addMention: async (_parent, { input }, context) => {
    const outcome = await context.entities.addMention(context, {
      turn: keyOf(input.turn, ['Turn'], 'input.turn'),
      entity: keyOf(input.entity, ['Entity', 'Person'], 'input.entity'),
      form: input.form,
      occurrence: input.occurrence ?? null,
    });
    if ('code' in outcome) raise(outcome);
    if (!('turnId' in outcome)) throw new Error('addMention: no mention in the outcome');
    const { turnId, entityId, form, start, end } = outcome;
    return { turnId, entityId, form, start, end };
  },

  createExclusion: async (_parent, { input }, context) => {
    const outcome = await context.entities.createExclusion(context, {
      turn: keyOf(input.turn, ['Turn'], 'input.turn'),
      quote: input.quote,
      occurrence: input.occurrence ?? null,
      reason: input.reason,
    });
    if (!outcome.ok) raise(outcome);
    const turnId = outcome.id.split('#x')[0] ?? '';
    const found = (await context.loaders.exclusionsByTurn.load(turnId)).find(
      (item) => item.id === outcome.id,
    );
    return present(found, `exclusion ${outcome.id}`);
  },

  removeExclusion: async (_parent, { id }, context) => {
    const outcome = await context.entities.removeExclusion(context, keyOf(id, ['Exclusion'], 'id'));
    if (!outcome.ok) raise(outcome);
    return outcome.id;
  },
};

export const AnnotationQuery: Pick<
  QueryResolvers,
  'deriveDueDate' | 'readConfidence' | 'lookupEntities'
> = {
  deriveDueDate: async (_parent, { horizon, episode, airDate }, { loaders }) => {
    checkLength(horizon, 300, 'horizon');
    let date = airDate ?? null;
    if (episode) {
      const found = await loaders.episode.load(keyOf(episode, ['Episode'], 'episode'));
      if (!found) throw userError(`no episode with id "${episode}"`, { argument: 'episode' });
      date = found.airDate;
    }
    if (date === null || !isCalendarDate(date)) {
      throw userError('give episode or airDate', { argument: 'episode' });
    }
    return deriveDueDate(horizon, date);
  },
  readConfidence: (_parent, { text }) => readConfidence(checkLength(text, 2000, 'text')),
  lookupEntities: (_parent, { name, types, first }, { db }) =>
    lookupRepository.entities(
      db,
      checkLength(name, 200, 'name'),
      types ?? null,
      windowOf(first).first,
    ),
};
