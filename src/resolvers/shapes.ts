import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

import type { PageRequest } from '../db/shared/pagination';
import { WHOLE, type ChildShape, type Shape } from '../db/shared/shape';

/**
 * Compiles a GraphQL selection into a Shape (src/db/shared/shape.ts): the model properties the
 * selected fields' resolvers read, and the related nodes they select, which the repository then
 * reads in the same statement. This is how a page of predictions with speaker, turn and episode
 * becomes one Cypher statement that reads only what the answer shows, as @neo4j/graphql does,
 * while the resolvers stay as they are: a field whose related rows were read with its parent
 * (`prefetched`) answers from them, any other loads them.
 *
 * RULES says, per GraphQL type, what each field reads:
 * - `props`: the model properties its resolver reads (a field named like a property reads it);
 * - `child`: a related node (or list) read with the parent, in the shape of its own selection;
 * - `self`: the same row seen as another type (a claim's `prediction`, its `confidence`);
 * - `page`: like child, for a connection; read with the parent only when every selection of it
 *   asks for the same page.
 * A field not in the table reads every property (`*`), so a new field is never short of data;
 * test/unit/shapes.test.ts keeps the table complete for the types it covers.
 */
type Rule =
  | { props: string[] }
  | { child: string; type: string; props?: string[] }
  | { self: string; props?: string[] }
  | { page: string; type: string; props?: string[] };

const ID = { props: ['id'] };
/** Fields answered by loaders keyed by the row's id. */
const BY_ID = ID;

const CLAIM_LIKE: Record<string, Rule> = {
  id: ID,
  key: ID,
  speaker: { child: 'speaker', type: 'Person' },
  attributedTo: {
    self: 'Attribution',
    props: ['attributedToId', 'attributedToGroup', 'attributedWording'],
  },
  attributionDoubt: { props: ['attributionDoubtIds'] },
  quote: { props: ['quote'] },
  paraphrase: { props: ['paraphrase'] },
  turn: { child: 'turn', type: 'Turn' },
  episode: { child: 'episode', type: 'Episode' },
  topics: { props: ['topics'] },
  about: { child: 'about', type: 'Entity' },
};

const ENTITY_LIKE: Record<string, Rule> = {
  id: ID,
  key: ID,
  name: { props: ['name'] },
  description: { props: ['description'] },
};

export const RULES: Record<string, Record<string, Rule>> = {
  Claim: {
    ...CLAIM_LIKE,
    kind: { props: ['kind'] },
    quoteStart: { props: ['start'] },
    quoteEnd: { props: ['end'] },
    relations: { child: 'relations', type: 'ClaimRelation' },
    prediction: { self: 'Prediction', props: ['isPrediction'] },
    review: { props: ['reviewState', 'reviewedBy', 'reviewedAt', 'reviewNote'] },
    retraction: { props: ['retractedAt', 'retractedBy', 'retractionReason'] },
    history: BY_ID,
  },
  Prediction: {
    ...CLAIM_LIKE,
    endorsedBy: BY_ID,
    resolutionCriteria: { props: ['resolutionCriteria'] },
    resolutionSource: { props: ['resolutionSource'] },
    unresolvableAsStated: { props: ['unresolvableAsStated'] },
    windowReason: { props: ['windowReason'] },
    madeBeforeEpisode: { props: ['madeBeforeEpisode'] },
    claim: { self: 'Claim' },
    horizon: { props: ['horizon'] },
    dueDate: { props: ['dueDate'] },
    window: { props: ['windowStart', 'windowEnd'] },
    deadline: { props: ['deadline'] },
    conditional: { props: ['conditional'] },
    conditions: { props: ['conditions'] },
    confidence: { self: 'Confidence' },
    status: { props: ['status'] },
    resolutions: BY_ID,
  },
  Confidence: {
    hedges: { props: ['hedges'] },
    bucket: { props: ['confidenceBucket'] },
    probability: { props: ['probability'] },
    override: { props: ['confidenceOverride'] },
  },
  Attribution: {
    person: { props: ['attributedToId'] },
    group: { props: ['attributedToGroup'] },
    wording: { props: ['attributedWording'] },
  },
  // A relation row is always whole (type, direction, the other claim's id); only the other
  // claim has a shape.
  ClaimRelation: {
    id: { props: [] },
    type: { props: [] },
    direction: { props: [] },
    claim: { child: 'claim', type: 'Claim' },
  },
  Person: {
    ...ENTITY_LIKE,
    appearances: BY_ID,
    turns: BY_ID,
    claims: BY_ID,
    predictions: BY_ID,
    affiliations: BY_ID,
    authoredWorks: BY_ID,
    asEntity: { self: 'Entity' },
    trackRecord: BY_ID,
  },
  Entity: {
    ...ENTITY_LIKE,
    type: { props: ['type'] },
    aliases: { props: ['aliases'] },
    surfaceForms: { props: ['surfaceForms'] },
    externalIds: { props: ['externalIds'] },
    year: { props: ['year'] },
    notes: BY_ID,
    discrepancies: BY_ID,
    mentions: BY_ID,
    mentionCount: BY_ID,
    claims: { page: 'claims', type: 'Claim' },
    citedBy: BY_ID,
    relations: BY_ID,
    related: BY_ID,
    person: { self: 'Person', props: ['type'] },
  },
  Turn: {
    id: ID,
    key: ID,
    position: { props: ['position'] },
    startTime: { props: ['startTime'] },
    endTime: { props: ['endTime'] },
    text: { props: ['text'] },
    speaker: { child: 'speaker', type: 'Person' },
    section: { child: 'section', type: 'Section' },
    episode: { child: 'episode', type: 'Episode' },
    claims: BY_ID,
    mentions: BY_ID,
    exclusions: BY_ID,
    suggestions: BY_ID,
  },
  Section: {
    id: ID,
    key: ID,
    position: { props: ['position'] },
    title: { props: ['title'] },
    episode: { child: 'episode', type: 'Episode' },
    turns: BY_ID,
  },
  Episode: {
    id: ID,
    key: ID,
    title: { props: ['title'] },
    airDate: { props: ['airDate'] },
    editorialNote: { props: ['editorialNote'] },
    mediaUrl: { props: ['mediaUrl'] },
    turnCount: { props: ['turnCount'] },
    speakers: BY_ID,
    sections: BY_ID,
    notes: BY_ID,
    discrepancies: BY_ID,
    claimCount: BY_ID,
    exclusions: BY_ID,
    // The index pages' figures come through the episodeStats loader, by id.
    predictionCount: BY_ID,
    timedTurnCount: BY_ID,
    hasMedia: BY_ID,
  },
};

/**
 * The shape of the node a field returns (`claim(id:)`, `entity(id:)`); the whole row when the
 * request does not compile queries (Context.compiled: the naive benchmark server, tests that
 * compare both paths).
 */
export function shapeOf(compiled: boolean, info: GraphQLResolveInfo, type: string): Shape {
  return compiled ? compile(info, type, selectionOf(info, info.fieldNodes)) : WHOLE;
}

/** The shape of the nodes of a connection a field returns (`predictions`): `edges { node }`. */
export function nodeShapeOf(compiled: boolean, info: GraphQLResolveInfo, type: string): Shape {
  return compiled ? compile(info, type, connectionNodes(info, info.fieldNodes)) : WHOLE;
}

/** The fields selected on a connection's nodes: `edges { node { ... } }`. */
function connectionNodes(info: GraphQLResolveInfo, connection: readonly FieldNode[]): FieldNode[] {
  const named = (nodes: readonly FieldNode[], name: string): FieldNode[] =>
    selectionOf(info, nodes).filter((field) => field.name.value === name);
  return selectionOf(info, named(named(connection, 'edges'), 'node'));
}

/** Every field selected under `nodes`. */
function selectionOf(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): FieldNode[] {
  return nodes.flatMap((node) => fieldsIn(info, node.selectionSet));
}

/** Every field of a selection set, through inline and named fragments. */
function fieldsIn(info: GraphQLResolveInfo, set: SelectionSetNode | undefined): FieldNode[] {
  const out: FieldNode[] = [];
  const seen = new Set<string>();
  const walk = (selections: SelectionSetNode | undefined): void => {
    for (const selection of selections?.selections ?? []) {
      if (selection.kind === Kind.FIELD) out.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
        walk(fragment?.selectionSet);
      }
    }
  };
  walk(set);
  return out;
}

function compile(info: GraphQLResolveInfo, type: string, fields: readonly FieldNode[]): Shape {
  const shape: Shape = { props: [], children: {} };
  const props = new Set<string>();
  const rules = RULES[type];
  const selves: { type: string; fields: FieldNode[] }[] = [];
  const children = new Map<
    string,
    { name: string; type: string; nodes: FieldNode[]; page: boolean }
  >();
  for (const field of fields) {
    const name = field.name.value;
    if (name === '__typename') continue;
    const rule = rules?.[name];
    if (rule === undefined) {
      props.add('*');
      continue;
    }
    for (const prop of rule.props ?? []) props.add(prop);
    if ('self' in rule) {
      selves.push({ type: rule.self, fields: fieldsIn(info, field.selectionSet) });
    } else if ('child' in rule || 'page' in rule) {
      const childName = 'child' in rule ? rule.child : rule.page;
      const entry = children.get(childName) ?? {
        name,
        type: rule.type,
        nodes: [],
        page: 'page' in rule,
      };
      entry.nodes.push(field);
      children.set(childName, entry);
    }
  }
  for (const self of selves) {
    const merged = compile(info, self.type, self.fields);
    for (const prop of merged.props) props.add(prop);
    Object.assign(shape.children, merged.children);
  }
  for (const [childName, entry] of children) {
    const child = entry.page
      ? pageChild(info, entry.type, entry.nodes)
      : plainChild(info, entry.type, entry.nodes);
    if (child) shape.children[childName] = child;
  }
  shape.props = [...props];
  return shape;
}

function plainChild(
  info: GraphQLResolveInfo,
  type: string,
  nodes: readonly FieldNode[],
): ChildShape {
  return {
    shape: compile(
      info,
      type,
      nodes.flatMap((node) => fieldsIn(info, node.selectionSet)),
    ),
  };
}

/**
 * A connection read with its parent: only when every selection of it asks for the same page
 * (aliases with other arguments load their own pages), with totalCount counted if selected.
 */
function pageChild(
  info: GraphQLResolveInfo,
  type: string,
  nodes: readonly FieldNode[],
): ChildShape | null {
  const requests = nodes.map((node) => pageRequestOf(info, node));
  const [first] = requests;
  if (first === undefined || requests.some((r) => JSON.stringify(r) !== JSON.stringify(first))) {
    return null;
  }
  return {
    shape: compile(info, type, connectionNodes(info, nodes)),
    page: first,
  };
}

function pageRequestOf(info: GraphQLResolveInfo, node: FieldNode): PageRequest {
  const values = argumentValues(info, node);
  const number = (key: string): number | null =>
    typeof values[key] === 'number' ? values[key] : null;
  const text = (key: string): string | null =>
    typeof values[key] === 'string' ? values[key] : null;
  return {
    first: number('first'),
    after: text('after'),
    last: number('last'),
    before: text('before'),
    withCount: fieldsIn(info, node.selectionSet).some((f) => f.name.value === 'totalCount'),
  };
}

/**
 * The page arguments of a field node: literals, or variables' values (page arguments have no
 * defaults in the schema, so an absent one is null).
 */
function argumentValues(info: GraphQLResolveInfo, node: FieldNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const arg of node.arguments ?? []) {
    const value = arg.value;
    if (value.kind === Kind.VARIABLE) out[arg.name.value] = info.variableValues[value.name.value];
    else if (value.kind === Kind.INT) out[arg.name.value] = Number(value.value);
    else if (value.kind === Kind.STRING) out[arg.name.value] = value.value;
  }
  return out;
}
