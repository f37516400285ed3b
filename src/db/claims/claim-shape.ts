import { CLAIM_RELATION_TYPES } from '../../domain/vocabulary';
import { ENTITY_SPEC } from '../entities/entity-shape';
import { episodeById, TURN_SPEC } from '../episodes/episode-shape';
import type { NodeSpec } from '../shared/shape';
import { claimLabel } from '../shared/visibility';

/** Relationship types between claims, for patterns. */
export const CLAIM_RELATIONS = Object.values(CLAIM_RELATION_TYPES).join('|');

/**
 * How a claim is read: every property of ClaimModel as a Cypher expression over `{v}`, and the
 * nodes a query may read with it. Dates become ISO strings in Cypher, so rows need no temporal
 * conversion in JavaScript.
 */
export const CLAIM_SPEC: NodeSpec = {
  identity: ['id'],
  props: {
    id: '.id',
    episodeId: '.episodeId',
    turnId: '.turnId',
    speakerId: '.speakerId',
    kind: '.kind',
    quote: '.quote',
    paraphrase: '.paraphrase',
    attributedToId: '.attributedToId',
    attributedToGroup: '.attributedToGroup',
    attributionDoubtIds: 'coalesce({v}.attributionDoubtIds, [])',
    resolutionCriteria: '.resolutionCriteria',
    confidenceOverride: '.confidenceOverride',
    topics: 'coalesce({v}.topics, [])',
    start: '.start',
    end: '.end',
    isPrediction: '{v}:{prediction}',
    horizon: '.horizon',
    dueDate: 'toString({v}.dueDate)',
    windowStart: 'toString({v}.windowStart)',
    windowEnd: 'toString({v}.windowEnd)',
    deadline: 'toString({v}.deadline)',
    conditional: 'coalesce({v}.conditional, false)',
    conditions: 'coalesce({v}.conditions, [])',
    hedges: 'coalesce({v}.hedges, [])',
    confidenceBucket: '.confidenceBucket',
    probability: '.probability',
    status: '.status',
  },
  children: {
    speaker: {
      expression: (c, child, build) => {
        const p = build.variable('p');
        return `head([(${c})-[:MADE_BY]->(${p}:Person) | ${build.project(ENTITY_SPEC, child.shape, p)}])`;
      },
    },
    turn: {
      expression: (c, child, build) => {
        const t = build.variable('t');
        return `head([(${c})-[:STATED_IN]->(${t}:Turn) | ${build.project(TURN_SPEC, child.shape, t)}])`;
      },
    },
    episode: {
      expression: (c, child, build) => episodeById(`${c}.episodeId`, child, build),
    },
    // The entities a claim is about, by name (the resolver cuts the list to `first`).
    about: {
      expression: (c, child, build) => {
        const x = build.variable('x');
        return `COLLECT { MATCH (${c})-[:ABOUT]->(${x}:Entity) WITH ${x} ORDER BY ${x}.name RETURN ${build.project(ENTITY_SPEC, child.shape, x)} }`;
      },
    },
    // Relations to other claims, both ways; the other claim under prefetched.claim when asked.
    relations: {
      expression: (c, child, build) => {
        const r = build.variable('r');
        const o = build.variable('o');
        const other = child.shape.children.claim;
        const claim = other
          ? `, prefetched: { claim: ${build.project(CLAIM_SPEC, other.shape, o)} }`
          : '';
        return `COLLECT { MATCH (${c})-[${r}:${CLAIM_RELATIONS}]-(${o}:${claimLabel(build.visibility)})
  WITH ${r}, ${o} ORDER BY ${o}.episodeId, ${o}.turnPosition, ${o}.start
  RETURN { type: type(${r}), direction: CASE WHEN startNode(${r}) = ${c} THEN 'OUTGOING' ELSE 'INCOMING' END,
           claimId: ${o}.id${claim} } }`;
      },
    },
  },
};
