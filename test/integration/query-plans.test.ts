import * as claim from '../../src/db/claims/claim-cypher';
import { toCypherParams } from '../../src/db/database';
import * as entity from '../../src/db/entities/entity-cypher';
import * as episode from '../../src/db/episodes/episode-cypher';
import { nameLookup } from '../../src/db/shared/name-lookup';
import { seededApp } from '../support/seeded-app';

/**
 * The hot statements must reach their rows through indexes. EXPLAIN shows the plan without
 * running it; a label scan (or a scan of every node) where an index seek is expected fails.
 */
interface PlanNode {
  operatorType: string;
  arguments: Record<string, string>;
  children: PlanNode[];
}

const api = seededApp();

async function operators(cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const session = api.db.driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`EXPLAIN ${cypher}`, toCypherParams(params));
    const walk = (node: PlanNode): string[] => [
      `${node.operatorType.replace(/@.*$/, '')} ${node.arguments.Details ?? ''}`,
      ...node.children.flatMap(walk),
    ];
    const plan = result.summary.plan;
    if (plan === false) throw new Error('no plan');
    return walk(plan);
  } finally {
    await session.close();
  }
}

const SEEK = ['2025-05-22-is-rl-llms-enough-for-agi 00010 0000000 x'];
const forward = { backward: false, seek: true, withCount: false };
const first = { backward: false, seek: false, withCount: false };
const params = {
  ...nameLookup.params('speaker', 'Sholto'),
  ...nameLookup.params('entity', 'Anthropic'),
  ...nameLookup.params('query', 'Anthropic'),
  ...nameLookup.params('citedBy', 'Sholto'),
  type: null,
  seek: SEEK,
  limit: 21,
  keys: ['sholto-douglas'],
  kinds: null,
  episodeId: null,
  statuses: ['OPEN'],
  dueBefore: '2030-01-01',
};

const HOT: [string, string][] = [
  ['a claim by id', claim.claimsById()],
  ['the first page of claims', claim.claimPage([], false, 'EPISODE_ORDER', first)],
  ['a deep page of claims', claim.claimPage([], false, 'EPISODE_ORDER', forward)],
  ['predictions by speaker', claim.claimPage(['speaker'], true, 'EPISODE_ORDER', forward)],
  [
    'predictions by speaker and due date',
    claim.claimPage(['speaker', 'dueBefore'], true, 'DEADLINE_ASC', first),
  ],
  ['claims about an entity', claim.claimPage(['entity'], false, 'EPISODE_ORDER', forward)],
  ["a person's claims", claim.claimPagesBy('speaker', 'Claim', forward)],
  ["an entity's claims", claim.claimPagesBy('entity', 'Claim', forward)],
  ["an entity's mentions", entity.mentionPagesByEntity(forward)],
  ["a speaker's turns", episode.turnPagesBySpeaker(forward)],
  ['an entity by name', entity.findEntity(false)],
  ['a person by name', entity.findEntity(true)],
  ['related entities', entity.RELATED_ENTITIES],
];

describe('hot statements use indexes', () => {
  it.each(HOT)('%s', async (_name, cypher) => {
    const plan = await operators(cypher, { ...params, depth: 3, types: null, first: 20 });
    const scans = plan.filter((line) => /^(NodeByLabelScan|AllNodesScan)/.test(line));
    expect(scans).toEqual([]);
    expect(plan.some((line) => /Index(Seek|Scan|ContainsScan)|ProcedureCall/.test(line))).toBe(
      true,
    );
  });
});
