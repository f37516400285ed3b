/**
 * Faults for the workbench's writes (issue 20, item 4). Editors and reviewers keep annotating
 * (createClaim, updateClaim, reviewClaim, retractClaim, createEntity, addMention,
 * createExclusion) under a read load while the service's own Neo4j is SIGKILLed, twice. Each
 * step is retried until it is acknowledged, as a client would, after waiting for the service
 * to be healthy again; createClaim and createEntity are retried with the same clientMutationId.
 * Just before each kill, a burst of createClaims is sent whose client gives up within 20 to 120
 * ms, so each may or may not have committed when the fault comes; each is sent again after it.
 *
 * Afterwards, read straight from Neo4j: every claim the workbench wrote has its revisions
 * 1..n, beginning with CREATE; its labels, review state and retraction agree with its last
 * revision; it has one turn and one speaker; no claim is left locked; no revision, mutation key
 * or exclusion hangs off nothing; every clientMutationId made exactly one claim (or entity),
 * including those whose first attempt failed after its commit; each unit of work ended as its
 * writer meant, with exactly the revisions its acknowledged steps make (a retried edit or review
 * whose first attempt landed writes no second revision); and the dashboard counters equal a
 * recount of the accepted claims.
 */
import { hashToken, newToken } from '../../src/auth';
import { Database } from '../../src/db/database';
import { COUNT_BY_EPISODE } from '../../src/db/dashboard/counters-cypher';
import { createDriver } from '../../src/db/driver';
import { readLocalPassword } from '../../src/db/local-neo4j';
import { countByCode, runLoad } from './support/load';
import {
  graphql,
  neo4jPid,
  startService,
  waitHealthy,
  type GraphQLResult,
  type Service,
} from './support/service';

const WRITERS = 4;
const KILLS = 2;
/** createClaims abandoned by their client just before each kill: each may or may not commit. */
const BURST = 6;
/** A bound on the units of work per writer (each unit is seven to nine writes). */
const MAX_UNITS = 30;
const OUTAGE_CODES = ['DATABASE_UNAVAILABLE', 'CLIENT_TIMEOUT', 'NETWORK_ERROR'];

const people = { ed: 'editor', rev1: 'reviewer', rev2: 'reviewer' } as const;
type Person = keyof typeof people;
const bearer = Object.fromEntries(Object.keys(people).map((name) => [name, newToken()])) as Record<
  Person,
  string
>;

/** A turn of the seed with no prediction, and the verbatim words each write of a unit uses. */
interface Site {
  turnId: string;
  episodeId: string;
  quote: string;
  exclusion: string;
  form: string;
}

type Ending = 'accepted' | 'rejected' | 'retracted';

interface Unit {
  writer: number;
  index: number;
  site: Site;
  ending: Ending;
  clientMutationId: string;
  entityName: string;
  claimId?: string;
  entityKey?: string;
  /** createClaim attempts that failed, and when the one acknowledged was sent. */
  createFailures: number;
  createAckSentAt?: number;
  /** Two concurrent first attempts with the same clientMutationId. */
  twin: boolean;
}

interface Attempt {
  step: string;
  codes: string[];
}

let service: Service;
let db: Database;

beforeAll(async () => {
  const tokens = (Object.keys(people) as Person[])
    .map((name) => `chaos-${name}:${people[name]}:${hashToken(bearer[name])}`)
    .join(',');
  service = await startService({
    env: {
      CLAIMGRAPH_TOKENS: tokens,
      // The budgets are not what is tested here: enough for the run.
      CLAIMGRAPH_WRITE_POINTS: '1000000',
      CLAIMGRAPH_RATE_POINTS: '0',
    },
  });
  const password = readLocalPassword(service.dataDir) ?? '';
  db = new Database(createDriver({ uri: service.boltUri, user: 'neo4j', password }));
}, 180_000);

afterAll(async () => {
  await db?.driver.close();
  await service?.stop();
});

/**
 * Places in the seed's turns with no prediction or exclusion: runs of words for a claim's quote
 * and, after it, an exclusion's, each found once in its turn, and a form to mention; a long
 * turn gives several.
 */
async function sites(count: number): Promise<Site[]> {
  const turns = await db.read<{ id: string; episodeId: string; text: string }>(
    `MATCH (t:Turn)
     WHERE NOT EXISTS { MATCH (c:Prediction|PredictionDraft {turnId: t.id}) }
       AND NOT EXISTS { MATCH (x:Exclusion {turnId: t.id}) }
     RETURN t.id AS id, t.episodeId AS episodeId, t.text AS text
     ORDER BY t.episodeId, t.position`,
  );
  const found: Site[] = [];
  for (const turn of turns) {
    // Runs of words separated by single spaces (no paragraph break inside), so they are verbatim.
    const words = turn.text.split(' ');
    const clean = (from: number, length: number): boolean =>
      from + length <= words.length &&
      words.slice(from, from + length).every((word) => word !== '' && !word.includes('\n'));
    const once = (text: string): boolean => turn.text.indexOf(text) === turn.text.lastIndexOf(text);
    for (let from = 0; found.length < count;) {
      const q = words.findIndex((_, i) => i >= from && clean(i, 7));
      const x = words.findIndex((_, i) => q >= 0 && i >= q + 9 && clean(i, 6));
      const form = words.slice(x + 6).find((word) => /^[A-Za-z]{6,}$/.test(word));
      if (q < 0 || x < 0 || form === undefined) break;
      const quote = words.slice(q, q + 7).join(' ');
      const exclusion = words.slice(x, x + 6).join(' ');
      if (once(quote) && once(exclusion)) {
        found.push({ turnId: turn.id, episodeId: turn.episodeId, quote, exclusion, form });
      }
      from = x + 6;
    }
    if (found.length === count) break;
  }
  return found;
}

/** A unit's claim, as createClaim takes it. */
function claimInput(unit: Unit): Record<string, unknown> {
  return {
    turn: unit.site.turnId,
    quote: unit.site.quote,
    kind: 'OPINION',
    clientMutationId: unit.clientMutationId,
  };
}

const MUTATIONS = {
  createClaim: `mutation($input: CreateClaimInput!) { createClaim(input: $input) { key } }`,
  updateClaim: `mutation($id: ID!, $input: UpdateClaimInput!) { updateClaim(id: $id, input: $input) { key } }`,
  reviewClaim: `mutation($id: ID!, $verdict: ReviewVerdict!, $note: String) { reviewClaim(id: $id, verdict: $verdict, note: $note) { key } }`,
  retractClaim: `mutation($id: ID!, $reason: String!) { retractClaim(id: $id, reason: $reason) { key } }`,
  createEntity: `mutation($input: CreateEntityInput!) { createEntity(input: $input) { key } }`,
  addMention: `mutation($input: AddMentionInput!) { addMention(input: $input) { start } }`,
  createExclusion: `mutation($input: CreateExclusionInput!) { createExclusion(input: $input) { key } }`,
};

it('leaves no half-made claim, revision, mention or review when Neo4j is killed mid-write', async () => {
  const attempts: Attempt[] = [];
  const units: Unit[] = [];
  const places = await sites(WRITERS * MAX_UNITS);
  expect(places.length).toBeGreaterThanOrEqual(WRITERS * 10);
  const burstSites = places.splice(places.length - KILLS * BURST);
  let kills = 0;
  let recovered = 0;
  let acknowledged = 0;

  /** One step, sent until it is acknowledged; an answer that is not the outage's is a failure. */
  const until = async (
    step: keyof typeof MUTATIONS,
    who: Person,
    variables: Record<string, unknown>,
    onFailure: () => void = () => undefined,
  ): Promise<{ data: unknown; sentAt: number }> => {
    for (let tries = 0; tries < 50; tries += 1) {
      const sentAt = Date.now();
      const result: GraphQLResult = await graphql(
        service,
        MUTATIONS[step],
        variables,
        15_000,
        bearer[who],
      );
      attempts.push({ step, codes: result.codes });
      if (result.codes.length === 0 && result.status === 200) {
        acknowledged += 1;
        return { data: result.data, sentAt };
      }
      if (!result.codes.every((code) => OUTAGE_CODES.includes(code))) {
        throw new Error(`${step} ${JSON.stringify(variables)}: ${JSON.stringify(result)}`);
      }
      onFailure();
      await waitHealthy(service, 150_000);
    }
    throw new Error(`${step} never acknowledged`);
  };

  const runUnit = async (unit: Unit): Promise<void> => {
    const { site } = unit;
    const input = claimInput(unit);
    if (unit.twin) {
      // Two at once with the same key, before the one retried until acknowledged.
      const twins = await Promise.all([
        graphql(service, MUTATIONS.createClaim, { input }, 15_000, bearer.ed),
        graphql(service, MUTATIONS.createClaim, { input }, 15_000, bearer.ed),
      ]);
      for (const twin of twins) {
        attempts.push({ step: 'createClaim', codes: twin.codes });
        if (!twin.codes.every((code) => OUTAGE_CODES.includes(code))) {
          throw new Error(`createClaim twin: ${JSON.stringify(twin)}`);
        }
      }
    }
    const created = await until('createClaim', 'ed', { input }, () => {
      unit.createFailures += 1;
    });
    unit.createAckSentAt = created.sentAt;
    const id = (created.data as { createClaim: { key: string } }).createClaim.key;
    unit.claimId = id;
    const paraphrase = `Edited by writer ${unit.writer}, unit ${unit.index}.`;
    await until('updateClaim', 'ed', { id, input: { paraphrase, note: 'chaos edit' } });
    await until('reviewClaim', 'rev1', { id, verdict: 'ACCEPT', note: 'chaos accept' });
    if (unit.ending === 'rejected') {
      await until('reviewClaim', 'rev2', { id, verdict: 'REJECT', note: 'chaos reject' });
    } else if (unit.ending === 'retracted') {
      await until('retractClaim', 'ed', { id, reason: 'chaos retraction' });
    }
    const entity = await until('createEntity', 'ed', {
      input: {
        episode: site.episodeId,
        type: 'CONCEPT',
        name: unit.entityName,
        clientMutationId: unit.clientMutationId,
      },
    });
    unit.entityKey = (entity.data as { createEntity: { key: string } }).createEntity.key;
    await until('addMention', 'ed', {
      input: { turn: site.turnId, entity: unit.entityKey, form: site.form },
    });
    await until('createExclusion', 'ed', {
      input: { turn: site.turnId, quote: site.exclusion, reason: 'About the present.' },
    });
  };

  const endings: Ending[] = ['accepted', 'rejected', 'retracted'];
  const writer = async (w: number): Promise<void> => {
    let afterLast = 0;
    for (let index = 0; index < MAX_UNITS; index += 1) {
      if (recovered === KILLS && afterLast >= 1) return;
      const site = places[w + index * WRITERS];
      if (site === undefined) return;
      const startedAfter = recovered === KILLS;
      const unit: Unit = {
        writer: w,
        index,
        site,
        ending: endings[(w + index) % endings.length] ?? 'accepted',
        clientMutationId: `chaos-${w}-${index}`,
        entityName: `Chaos Notion ${w} ${index}`,
        createFailures: 0,
        twin: index % 3 === 1,
      };
      units.push(unit);
      await runUnit(unit);
      if (startedAfter) afterLast += 1;
    }
  };

  let stopLoad = false;
  const load = runLoad(service, 2, () => stopLoad, 600_000);
  const writing = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  const faults: { pid: number; backAfterMs: number }[] = [];
  const burstRuns: Promise<void>[] = [];
  for (let kill = 0; kill < KILLS; kill += 1) {
    // Kill once writes are flowing (again).
    const wanted = acknowledged + WRITERS * 4;
    while (acknowledged < wanted) await new Promise((resolve) => setTimeout(resolve, 50));
    const pid = await neo4jPid(service);
    // createClaims whose client gives up after 20 to 120 ms, the last answers before the kill:
    // the service goes on, so each commits or not; after the fault each is sent again with its
    // clientMutationId, and the rest of its unit follows.
    const burst: Unit[] = burstSites.slice(kill * BURST, (kill + 1) * BURST).map((site, i) => ({
      writer: WRITERS + kill,
      index: i,
      site,
      ending: endings[i % endings.length] ?? 'accepted',
      clientMutationId: `abandoned-${kill}-${i}`,
      entityName: `Chaos Notion ${WRITERS + kill} ${i}`,
      createFailures: 0,
      twin: false,
    }));
    units.push(...burst);
    const abandoned = burst.map((unit, i) =>
      graphql(service, MUTATIONS.createClaim, { input: claimInput(unit) }, 20 + i * 20, bearer.ed),
    );
    await Promise.race(abandoned);
    const killedAt = Date.now();
    process.kill(pid, 'SIGKILL');
    kills += 1;
    (await Promise.all(abandoned)).forEach((answer, i) => {
      attempts.push({ step: 'createClaim', codes: answer.codes });
      const unit = burst[i];
      if (unit !== undefined && answer.codes.length > 0) unit.createFailures += 1;
    });
    const back = await waitHealthy(service, 150_000);
    faults.push({ pid, backAfterMs: back - killedAt });
    recovered += 1;
    burstRuns.push(Promise.all(burst.map(runUnit)).then(() => undefined));
  }
  await writing;
  await Promise.all(burstRuns);
  stopLoad = true;
  const reads = await load;

  const failed = attempts.filter((a) => a.codes.length > 0);
  const byCode = failed.reduce<Record<string, number>>(
    (counts, a) => ({ ...counts, [a.codes[0] ?? '?']: (counts[a.codes[0] ?? '?'] ?? 0) + 1 }),
    {},
  );
  const checked = await checkGraph(units);
  process.stdout.write(
    `\nchaos (workbench writes): ${kills} SIGKILLs of Neo4j (back after ` +
      `${faults.map((f) => (f.backAfterMs / 1000).toFixed(1)).join(' s, ')} s); ${units.length} units ` +
      `(${KILLS * BURST} of them begun by a createClaim abandoned at a kill) by ${WRITERS} writers, ${attempts.length} mutations sent, ${acknowledged} acknowledged, ` +
      `${failed.length} failed ${JSON.stringify(byCode)}; createClaim retried after a failure in ` +
      `${units.filter((u) => u.createFailures > 0).length} units, in ${checked.landedBeforeRetry} of them ` +
      `the failed attempt had committed; ${checked.claims} workbench claims, ${checked.revisions} revisions, ` +
      `${checked.entities} entities, ${checked.mentions} mentions, ${checked.exclusions} exclusions checked; ` +
      `reads under load ${JSON.stringify(countByCode(reads))}\n`,
  );
  expect(failed.length).toBeGreaterThan(0);
  // The fault met createClaims in flight, whose retries then found (or made) their one claim.
  expect(units.filter((unit) => unit.createFailures > 0).length).toBeGreaterThan(0);
  expect(service.alive()).toBe(true);
}, 900_000);

interface WorkbenchClaim {
  id: string;
  turnId: string;
  quote: string;
  paraphrase: string | null;
  labels: string[];
  reviewState: string;
  reviewedBy: string | null;
  retracted: boolean;
  locked: boolean;
  sequences: number[];
  actions: string[];
  createdAt: string | null;
  statedIn: number;
  madeBy: number;
}

/** What a unit's acknowledged steps make, revision by revision. */
const EXPECTED_ACTIONS: Record<Ending, string[]> = {
  accepted: ['CREATE', 'UPDATE', 'ACCEPT'],
  rejected: ['CREATE', 'UPDATE', 'ACCEPT', 'REJECT'],
  retracted: ['CREATE', 'UPDATE', 'ACCEPT', 'RETRACT'],
};
const STATE_AFTER: Record<string, string> = {
  CREATE: 'DRAFT',
  UPDATE: 'DRAFT',
  ACCEPT: 'ACCEPTED',
  REJECT: 'REJECTED',
};

/** Every check of the graph after the faults; the counts of what it checked. */
async function checkGraph(units: Unit[]): Promise<{
  claims: number;
  revisions: number;
  entities: number;
  mentions: number;
  exclusions: number;
  landedBeforeRetry: number;
}> {
  const claims = await db.read<WorkbenchClaim>(
    `MATCH (c:Claim|ClaimDraft) WHERE c.createdBy IS NOT NULL
     WITH c, COLLECT { MATCH (c)-[:HAS_REVISION]->(r:Revision) RETURN r ORDER BY r.sequence } AS history
     RETURN c.id AS id, c.turnId AS turnId, c.quote AS quote, c.paraphrase AS paraphrase,
            labels(c) AS labels, c.reviewState AS reviewState, c.reviewedBy AS reviewedBy,
            c.retractedAt IS NOT NULL AS retracted, c.annotationLock IS NOT NULL AS locked,
            [r IN history | r.sequence] AS sequences, [r IN history | r.action] AS actions,
            toString(head(history).at) AS createdAt,
            COUNT { (c)-[:STATED_IN]->() } AS statedIn, COUNT { (c)-[:MADE_BY]->() } AS madeBy`,
  );
  // Each claim on its own: whole, and consistent with its last revision.
  const broken = claims.filter((claim) => {
    const reviewActions = claim.actions.filter((action) => action in STATE_AFTER);
    const state = STATE_AFTER[reviewActions[reviewActions.length - 1] ?? ''];
    const isPublic = claim.reviewState === 'ACCEPTED' && !claim.retracted;
    return (
      claim.locked ||
      claim.statedIn !== 1 ||
      claim.madeBy !== 1 ||
      claim.actions[0] !== 'CREATE' ||
      claim.sequences.join() !== claim.sequences.map((_, i) => i + 1).join() ||
      claim.reviewState !== state ||
      (claim.reviewedBy === null) !== (claim.reviewState === 'DRAFT') ||
      claim.retracted !== claim.actions.includes('RETRACT') ||
      (claim.retracted && claim.actions[claim.actions.length - 1] !== 'RETRACT') ||
      claim.labels.includes('Claim') !== isPublic ||
      claim.labels.includes('ClaimDraft') === isPublic
    );
  });
  expect(broken).toEqual([]);

  const [loose] = await db.read<{
    orphanRevisions: number;
    sharedRevisions: number;
    openKeys: number;
    danglingKeys: number;
    looseExclusions: number;
    bothLabels: number;
  }>(
    `CALL { MATCH (r:Revision) WHERE NOT ()-[:HAS_REVISION]->(r) RETURN count(r) AS orphanRevisions }
     CALL { MATCH (r:Revision) WHERE COUNT { ()-[:HAS_REVISION]->(r) } > 1 RETURN count(r) AS sharedRevisions }
     CALL { MATCH (k:MutationKey) WHERE k.targetId IS NULL OR k.fresh IS NOT NULL RETURN count(k) AS openKeys }
     CALL { MATCH (k:MutationKey)
            WHERE NOT EXISTS { MATCH (x:Claim|ClaimDraft|Entity {id: k.targetId}) }
            RETURN count(k) AS danglingKeys }
     CALL { MATCH (x:Exclusion) WHERE COUNT { (x)-[:EXCLUDED_IN]->(:Turn) } <> 1
            RETURN count(x) AS looseExclusions }
     CALL { MATCH (c:Claim:ClaimDraft) RETURN count(c) AS bothLabels }
     RETURN orphanRevisions, sharedRevisions, openKeys, danglingKeys, looseExclusions, bothLabels`,
  );
  expect(loose).toEqual({
    orphanRevisions: 0,
    sharedRevisions: 0,
    openKeys: 0,
    danglingKeys: 0,
    looseExclusions: 0,
    bothLabels: 0,
  });

  const outcome = await checkUnits(units, claims);
  await checkCounters();
  return {
    claims: claims.length,
    revisions: claims.reduce((sum, claim) => sum + claim.actions.length, 0),
    ...outcome,
  };
}

/** Each unit: one claim, entity, mention and exclusion, ended as its writer meant. */
async function checkUnits(
  units: Unit[],
  claims: WorkbenchClaim[],
): Promise<{ entities: number; mentions: number; exclusions: number; landedBeforeRetry: number }> {
  const parts = await db.read<{
    unit: string;
    entities: number;
    entityCreatedBy: string | null;
    mentions: number;
    exclusions: number;
  }>(
    `UNWIND $units AS unit
     MATCH (t:Turn {id: unit.turnId})
     RETURN unit.id AS unit,
       COUNT { MATCH (n:Entity) WHERE n.name = unit.entityName } AS entities,
       head(COLLECT { MATCH (n:Entity {name: unit.entityName}) RETURN n.createdBy }) AS entityCreatedBy,
       COUNT { MATCH (t)-[:MENTIONS]->(:Entity {name: unit.entityName}) } AS mentions,
       COUNT { MATCH (x:Exclusion {turnId: t.id}) WHERE x.quote = unit.exclusion } AS exclusions`,
    {
      units: units.map((unit) => ({
        id: unit.clientMutationId,
        turnId: unit.site.turnId,
        entityName: unit.entityName,
        exclusion: unit.site.exclusion,
      })),
    },
  );
  const partsOf = new Map(parts.map((row) => [row.unit, row]));
  let landedBeforeRetry = 0;
  const wrong = units.flatMap((unit) => {
    const mine = claims.filter(
      (claim) => claim.turnId === unit.site.turnId && claim.quote === unit.site.quote,
    );
    const [claim] = mine;
    if (
      claim !== undefined &&
      unit.createFailures > 0 &&
      Date.parse(claim.createdAt ?? '') < (unit.createAckSentAt ?? 0)
    ) {
      landedBeforeRetry += 1;
    }
    const part = partsOf.get(unit.clientMutationId);
    const problems = [
      mine.length === 1 ? null : `${mine.length} claims for ${unit.clientMutationId}`,
      claim?.id === unit.claimId ? null : `claim ${claim?.id} is not ${unit.claimId}`,
      claim?.actions.join() === EXPECTED_ACTIONS[unit.ending].join()
        ? null
        : `revisions ${claim?.actions.join()} for ${unit.ending}`,
      claim?.paraphrase === `Edited by writer ${unit.writer}, unit ${unit.index}.`
        ? null
        : 'edit lost',
      part?.entities === 1 && part.entityCreatedBy === 'chaos-ed'
        ? null
        : `${part?.entities} entities`,
      part?.mentions === 1 ? null : `${part?.mentions} mentions`,
      part?.exclusions === 1 ? null : `${part?.exclusions} exclusions`,
    ].filter((problem) => problem !== null);
    return problems.length === 0 ? [] : [{ unit: unit.clientMutationId, problems }];
  });
  expect(wrong).toEqual([]);
  return {
    entities: parts.reduce((sum, part) => sum + part.entities, 0),
    mentions: parts.reduce((sum, part) => sum + part.mentions, 0),
    exclusions: parts.reduce((sum, part) => sum + part.exclusions, 0),
    landedBeforeRetry,
  };
}

/** The dashboard counters equal a recount of every accepted claim (a counter at 0 as none). */
async function checkCounters(): Promise<void> {
  const episodes = (await db.read<{ id: string }>('MATCH (e:Episode) RETURN e.id AS id')).map(
    (row) => row.id,
  );
  const recount = await db.read<{ key: string; n: number }>(COUNT_BY_EPISODE, { ids: episodes });
  const counters = await db.read<{ key: string; n: number }>(
    "MATCH (k:DashboardCount) WHERE k.key <> '_built' AND k.n <> 0 RETURN k.key AS key, k.n AS n",
  );
  const sorted = (list: { key: string; n: number }[]): string[] =>
    list
      .filter((row) => row.n !== 0)
      .map((row) => `${row.key}=${row.n}`)
      .sort();
  expect(sorted(counters)).toEqual(sorted(recount));
}
