/**
 * The workbench API (issue 15) through GraphQL over HTTP against the real Neo4j: every
 * mutation, the review rules, idempotency, history, and what each role may do.
 */
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { importFiles } from '../../src/ingest/import-corpus';
import { EPISODE_ID, SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { startApp, type RunningApp } from '../support/http';
import { testDatabase } from '../support/neo4j';
import { caller, codes, data, workbenchTokens, type Call } from '../support/workbench';

const NOW = new Date('2026-02-03T04:05:06.000Z');
const { tokens, bearer } = workbenchTokens();
const T010 = `${EPISODE_ID}#t010`;
const T012 = `${EPISODE_ID}#t012`;

let db: Database;
let running: RunningApp;
let call: Call;

const CLAIM_FIELDS = `key kind quote quoteStart quoteEnd paraphrase topics
  speaker { key } attributedTo { person { key } group } about { key }
  review { state by at note } retraction { by reason }
  history { action by at note changes { field before after } }
  prediction { horizon dueDate window { from to } conditional conditions resolutionCriteria
               confidence { hedges bucket override } status }`;
const CREATE = `mutation ($input: CreateClaimInput!) { createClaim(input: $input) { ${CLAIM_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateClaimInput!) { updateClaim(id: $id, input: $input) { ${CLAIM_FIELDS} } }`;
const REVIEW = `mutation ($id: ID!, $verdict: ReviewVerdict!, $note: String) { reviewClaim(id: $id, verdict: $verdict, note: $note) { ${CLAIM_FIELDS} } }`;
const RETRACT = `mutation ($id: ID!, $reason: String!) { retractClaim(id: $id, reason: $reason) { ${CLAIM_FIELDS} } }`;
const PUBLIC_CLAIM = `query ($id: ID!) { claim(id: $id) { key } }`;

interface ClaimAnswer {
  key: string;
  kind: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  paraphrase: string | null;
  topics: string[];
  speaker: { key: string };
  about: { key: string }[];
  review: { state: string; by: string | null; at: string | null; note: string | null };
  retraction: { by: string; reason: string } | null;
  history: {
    action: string;
    by: string;
    at: string;
    note: string | null;
    changes: { field: string; before: string | null; after: string | null }[];
  }[];
  prediction: {
    horizon: string | null;
    dueDate: string | null;
    window: { from: string; to: string } | null;
    conditional: boolean;
    conditions: string[];
    resolutionCriteria: string | null;
    confidence: { hedges: string[]; bucket: string; override: string | null };
    status: string;
  } | null;
}

async function create(input: Record<string, unknown>, who = 'ed'): Promise<ClaimAnswer> {
  return data(await call<{ createClaim: ClaimAnswer }>(CREATE, { input }, who)).createClaim;
}

async function isPublic(key: string): Promise<boolean> {
  const answer = data(await call<{ claim: { key: string } | null }>(PUBLIC_CLAIM, { id: key }));
  return answer.claim !== null;
}

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await db.read<{ n: number }>(cypher, params);
  return row?.n ?? 0;
}

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, [SEED_DIR]);
  running = await startApp(db, 'test', { tokens, now: () => NOW });
  call = caller(running.url, bearer);
});

afterAll(async () => {
  await running.app.close();
  await db.driver.close();
});

describe('createClaim', () => {
  it('writes a draft with the offsets the server found, and its first revision', async () => {
    const claim = await create({
      turn: T012,
      quote: 'Seeing it struggle is in a way kind of painful to watch',
      kind: 'OPINION',
      paraphrase: 'Watching the model struggle at Pokémon is painful.',
      topics: ['agents'],
      about: ['ClaudePlaysPokemon'],
    });
    const [turn] = await db.read<{ text: string }>(
      'MATCH (t:Turn {id: $id}) RETURN t.text AS text',
      { id: T012 },
    );
    expect(turn?.text.slice(claim.quoteStart, claim.quoteEnd)).toBe(claim.quote);
    expect(claim.speaker.key).toBe('trenton-bricken');
    expect(claim.about.map((x) => x.key)).toEqual(['claude-plays-pokemon']);
    expect(claim.review).toEqual({ state: 'DRAFT', by: null, at: null, note: null });
    expect(claim.history).toEqual([
      expect.objectContaining({ action: 'CREATE', by: 'ed', at: NOW.toISOString() }),
    ]);
    expect(claim.history[0]?.changes.map((change) => change.field)).toEqual(
      expect.arrayContaining(['quote', 'kind', 'paraphrase', 'topics', 'about']),
    );
    // A draft carries :ClaimDraft, not :Claim, and public reads do not see it.
    expect(
      await count('MATCH (c:ClaimDraft {id: $id}) RETURN count(c) AS n', { id: claim.key }),
    ).toBe(1);
    expect(await count('MATCH (c:Claim {id: $id}) RETURN count(c) AS n', { id: claim.key })).toBe(
      0,
    );
    expect(await isPublic(claim.key)).toBe(false);
  });

  it('refuses a quote that is not in the turn, naming the turn and the closest passage, and writes nothing', async () => {
    const before = await count('MATCH (n) RETURN count(n) AS n');
    const answer = await call(
      CREATE,
      {
        input: {
          turn: T012,
          quote: 'each model generation gets furthur thru the game',
          kind: 'ASSERTION',
        },
      },
      'ed',
    );
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    const message = answer.body.errors?.[0]?.message ?? '';
    expect(message).toContain('t012');
    expect(message).toContain(
      'closest passage is "each model generation gets further through the game"',
    );
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(before);
  });

  it('takes the occurrence asked for, and refuses one the turn does not have', async () => {
    const [turn] = await db.read<{ text: string }>(
      'MATCH (t:Turn {id: $id}) RETURN t.text AS text',
      { id: T010 },
    );
    const text = turn?.text ?? '';
    const second = text.indexOf('I think', text.indexOf('I think') + 1);
    const claim = await create({ turn: T010, quote: 'I think', occurrence: 2, kind: 'OPINION' });
    expect(claim.quoteStart).toBe(second);
    const refused = await call(
      CREATE,
      { input: { turn: T010, quote: 'I think', occurrence: 99, kind: 'OPINION' } },
      'ed',
    );
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.body.errors?.[0]?.message).toMatch(/occurs \d+ time\(s\) in t010, not 99/);
  });

  it('derives the due date, finds the hedges and reads the bucket from the table', async () => {
    const claim = await create({
      turn: T010,
      quote: 'should see much more conclusive evidence of that by the end of the year',
      kind: 'PREDICTION',
      prediction: {
        horizon: 'by the end of the year',
        resolutionCriteria:
          'CORRECT if agents do real engineering work by 2025-12-31; INCORRECT if they do not.',
        resolutionSource: 'Public reports of agent deployments.',
      },
    });
    expect(claim.prediction).toEqual(
      expect.objectContaining({
        horizon: 'by the end of the year',
        dueDate: '2025-12-31',
        window: null,
        conditional: false,
        status: 'OPEN',
        confidence: { hedges: ['should'], bucket: 'LIKELY', override: null },
      }),
    );
  });

  it('refuses a bucket that departs from the table without an override, and takes it with one', async () => {
    const input = {
      turn: T010,
      quote: 'should see much more conclusive evidence of that by the end of the year',
      kind: 'PREDICTION',
      prediction: {
        horizon: 'by the end of the year',
        resolutionCriteria:
          'CORRECT if agents do real engineering work by 2025-12-31; INCORRECT if they do not.',
        resolutionSource: 'Public reports of agent deployments.',
        bucket: 'ALMOST_CERTAIN',
      },
    };
    const refused = await call(CREATE, { input }, 'ed');
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.body.errors?.[0]?.message).toContain('the hedge table gives likely');
    const taken = await create({
      ...input,
      prediction: { ...input.prediction, override: 'Said with a laugh of certainty.' },
    });
    expect(taken.prediction?.confidence).toEqual({
      hedges: ['should'],
      bucket: 'ALMOST_CERTAIN',
      override: 'Said with a laugh of certainty.',
    });
  });

  it('applies the importer rules: a dated prediction needs criteria; an excluded statement is no prediction', async () => {
    const noCriteria = await call(
      CREATE,
      {
        input: {
          turn: T010,
          quote: 'by the end of the year',
          kind: 'PREDICTION',
          prediction: { horizon: 'by the end of the year' },
        },
      },
      'ed',
    );
    expect(codes(noCriteria)).toEqual(['BAD_USER_INPUT']);
    expect(noCriteria.body.errors?.[0]?.message).toContain('resolutionCriteria');
    const excluded = await call(
      CREATE,
      {
        input: {
          turn: T012,
          quote: 'each model generation gets further through the game',
          kind: 'PREDICTION',
          prediction: {},
        },
      },
      'ed',
    );
    expect(codes(excluded)).toEqual(['BAD_USER_INPUT']);
    expect(excluded.body.errors?.[0]?.message).toContain('is both excluded and the prediction');
    const notAPrediction = await call(
      CREATE,
      {
        input: {
          turn: T012,
          quote: 'Seeing it struggle',
          kind: 'OPINION',
          prediction: { horizon: 'soon' },
        },
      },
      'ed',
    );
    expect(codes(notAPrediction)).toEqual(['BAD_USER_INPUT']);
  });

  it('returns the same claim for the same clientMutationId and writes nothing more', async () => {
    const input = {
      turn: T012,
      quote: 'painful to watch',
      kind: 'OPINION',
      clientMutationId: 'once-only',
    };
    const first = await create(input);
    const nodes = await count('MATCH (n) RETURN count(n) AS n');
    const again = await create(input);
    expect(again.key).toBe(first.key);
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(nodes);
  });

  it('writes one claim for 8 concurrent identical requests', async () => {
    const input = {
      turn: T012,
      quote: 'kind of painful',
      kind: 'OPINION',
      clientMutationId: 'concurrent-8',
    };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => call<{ createClaim: ClaimAnswer }>(CREATE, { input }, 'ed')),
    );
    const keys = new Set(answers.map((answer) => data(answer).createClaim.key));
    expect(keys.size).toBe(1);
    expect(
      await count("MATCH (c:ClaimDraft) WHERE c.quote = 'kind of painful' RETURN count(c) AS n"),
    ).toBe(1);
    expect(
      await count('MATCH (k:MutationKey) WHERE k.targetId = $id RETURN count(k) AS n', {
        id: [...keys][0],
      }),
    ).toBe(1);
  });

  it('stores injection strings verbatim and inert', async () => {
    const nasty = "x'}) MATCH (n) DETACH DELETE n // <img src=x onerror=alert(1)>";
    const before = await count('MATCH (n) RETURN count(n) AS n');
    const claim = await create({
      turn: T012,
      quote: 'painful',
      kind: 'OPINION',
      paraphrase: nasty,
    });
    expect(claim.paraphrase).toBe(nasty);
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBeGreaterThan(before);
  });
});

describe('who may write', () => {
  const input = { turn: T012, quote: 'painful to watch', kind: 'OPINION' };

  it('refuses readers and anonymous callers, and a bad token', async () => {
    expect(codes(await call(CREATE, { input }, 'rd'))).toEqual(['FORBIDDEN']);
    expect(codes(await call(CREATE, { input }, null))).toEqual(['UNAUTHENTICATED']);
    expect(
      codes(await caller(running.url, { x: 'cg_not-a-token' })(CREATE, { input }, 'x')),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('lets editors and reviewers annotate, and only reviewers review', async () => {
    const byReviewer = await create(input, 'rev1');
    expect(byReviewer.review.state).toBe('DRAFT');
    const byEditor = await create(input, 'ed');
    expect(codes(await call(REVIEW, { id: byEditor.key, verdict: 'ACCEPT' }, 'ed'))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await call(REVIEW, { id: byEditor.key, verdict: 'ACCEPT' }, 'rd'))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await call(REVIEW, { id: byEditor.key, verdict: 'ACCEPT' }, null))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(await isPublic(byEditor.key)).toBe(false);
  });
});

describe('review and history', () => {
  it('refuses self-acceptance, accepts by another reviewer, and swaps the labels', async () => {
    const claim = await create(
      { turn: T012, quote: 'Seeing it struggle', kind: 'ANECDOTE' },
      'rev1',
    );
    const self = await call(REVIEW, { id: claim.key, verdict: 'ACCEPT' }, 'rev1');
    expect(codes(self)).toEqual(['FORBIDDEN']);
    expect(self.body.errors?.[0]?.message).toContain('another reviewer');
    const accepted = data(
      await call<{ reviewClaim: ClaimAnswer }>(
        REVIEW,
        { id: claim.key, verdict: 'ACCEPT', note: 'verbatim, fine' },
        'rev2',
      ),
    ).reviewClaim;
    expect(accepted.review).toEqual({
      state: 'ACCEPTED',
      by: 'rev2',
      at: NOW.toISOString(),
      note: 'verbatim, fine',
    });
    expect(await isPublic(claim.key)).toBe(true);
    expect(
      await count('MATCH (c:ClaimDraft {id: $id}) RETURN count(c) AS n', { id: claim.key }),
    ).toBe(0);
    // Accepting again changes nothing and records nothing.
    const again = data(
      await call<{ reviewClaim: ClaimAnswer }>(
        REVIEW,
        { id: claim.key, verdict: 'ACCEPT' },
        'rev2',
      ),
    ).reviewClaim;
    expect(again.history.map((r) => r.action)).toEqual(['CREATE', 'ACCEPT']);
  });

  it('counts an editor of the claim as one of its authors', async () => {
    const claim = await create({ turn: T012, quote: 'painful to watch', kind: 'OPINION' }, 'ed');
    data(
      await call(UPDATE, { id: claim.key, input: { paraphrase: 'Edited by a reviewer.' } }, 'rev1'),
    );
    expect(codes(await call(REVIEW, { id: claim.key, verdict: 'ACCEPT' }, 'rev1'))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      data(
        await call<{ reviewClaim: ClaimAnswer }>(
          REVIEW,
          { id: claim.key, verdict: 'REJECT', note: 'not a claim' },
          'rev2',
        ),
      ).reviewClaim.review.state,
    ).toBe('REJECTED');
    expect(await isPublic(claim.key)).toBe(false);
  });

  it('keeps every edit in the history; an edit of an accepted claim returns it to review', async () => {
    const claim = await create(
      { turn: T012, quote: 'painful to watch', kind: 'OPINION', paraphrase: 'first' },
      'ed',
    );
    data(await call(REVIEW, { id: claim.key, verdict: 'ACCEPT' }, 'rev1'));
    expect(await isPublic(claim.key)).toBe(true);
    const edited = data(
      await call<{ updateClaim: ClaimAnswer }>(
        UPDATE,
        { id: claim.key, input: { paraphrase: 'second', note: 'clearer' } },
        'ed',
      ),
    ).updateClaim;
    expect(edited.review.state).toBe('DRAFT');
    expect(await isPublic(claim.key)).toBe(false);
    expect(edited.history.map((r) => r.action)).toEqual(['CREATE', 'ACCEPT', 'UPDATE']);
    expect(edited.history[2]).toEqual(
      expect.objectContaining({
        by: 'ed',
        note: 'clearer',
        changes: [{ field: 'paraphrase', before: '"first"', after: '"second"' }],
      }),
    );
    // The same values again: nothing changes and nothing is recorded.
    const same = data(
      await call<{ updateClaim: ClaimAnswer }>(
        UPDATE,
        { id: claim.key, input: { paraphrase: 'second' } },
        'ed',
      ),
    ).updateClaim;
    expect(same.history).toHaveLength(3);
  });

  it('edits the quote, kind and prediction of a claim, checked by the same rules', async () => {
    const claim = await create(
      { turn: T010, quote: 'RL in language models has finally worked', kind: 'ASSERTION' },
      'ed',
    );
    const refused = await call(
      UPDATE,
      { id: claim.key, input: { quote: 'RL has totally worked' } },
      'ed',
    );
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.body.errors?.[0]?.message).toContain('closest passage');
    const asPrediction = data(
      await call<{ updateClaim: ClaimAnswer }>(
        UPDATE,
        {
          id: claim.key,
          input: {
            kind: 'PREDICTION',
            quote: 'by the end of the year',
            prediction: {
              horizon: 'this time next year',
              resolutionCriteria: 'CORRECT if so by 2026-05-22; INCORRECT if not.',
              resolutionSource: 'Public reports.',
            },
          },
        },
        'ed',
      ),
    ).updateClaim;
    expect(asPrediction.prediction?.dueDate).toBe('2026-05-22');
    expect(
      await count('MATCH (c:PredictionDraft {id: $id}) RETURN count(c) AS n', { id: claim.key }),
    ).toBe(1);
    const back = data(
      await call<{ updateClaim: ClaimAnswer }>(
        UPDATE,
        { id: claim.key, input: { kind: 'ASSERTION', prediction: null } },
        'ed',
      ),
    ).updateClaim;
    expect(back.prediction).toBeNull();
    expect(
      await count('MATCH (c:PredictionDraft {id: $id}) RETURN count(c) AS n', { id: claim.key }),
    ).toBe(0);
  });

  it('keeps the premise an imported question states when the question is edited', async () => {
    // The workbench does not edit premises: an edit must leave the file's premise in place.
    const id = 'c2-countries-prepare-question';
    const premise = (): Promise<{ text: string | null; governs: string[] | null }[]> =>
      db.read(
        'MATCH (c:Claim|ClaimDraft {id: $id}) RETURN c.premiseText AS text, c.premiseGoverns AS governs',
        { id },
      );
    const stored = [
      {
        text: "If we're on track to AGI in some meaningful sense",
        governs: ['t071', 't072', 't074', 't075'].map((turn) => `${EPISODE_ID}#${turn}`),
      },
    ];
    expect(await premise()).toEqual(stored);
    const edited = data(
      await call<{ updateClaim: ClaimAnswer }>(
        UPDATE,
        { id, input: { paraphrase: 'How should countries prepare for AGI?', note: 'shorter' } },
        'ed',
      ),
    ).updateClaim;
    expect(edited.review.state).toBe('DRAFT');
    expect(await premise()).toEqual(stored);
  });

  it('retracts an accepted claim: it leaves public reads, keeps its history, and cannot be reviewed', async () => {
    const claim = await create(
      { turn: T012, quote: 'kind of painful to watch', kind: 'OPINION' },
      'ed',
    );
    data(await call(REVIEW, { id: claim.key, verdict: 'ACCEPT' }, 'rev1'));
    const retracted = data(
      await call<{ retractClaim: ClaimAnswer }>(
        RETRACT,
        { id: claim.key, reason: 'duplicate of another claim' },
        'ed',
      ),
    ).retractClaim;
    expect(retracted.retraction).toEqual({ by: 'ed', reason: 'duplicate of another claim' });
    expect(retracted.history.map((r) => r.action)).toEqual(['CREATE', 'ACCEPT', 'RETRACT']);
    expect(await isPublic(claim.key)).toBe(false);
    expect(codes(await call(REVIEW, { id: claim.key, verdict: 'ACCEPT' }, 'rev2'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await call(RETRACT, { id: claim.key, reason: '' }, 'ed'))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('entities, mentions and exclusions', () => {
  it('creates an entity findable by the same name lookup, and refuses a script URL', async () => {
    const created = data(
      await call<{ createEntity: { key: string; type: string; aliases: string[] } }>(
        `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { key type aliases } }`,
        {
          input: {
            episode: EPISODE_ID,
            type: 'PRODUCT',
            name: 'Gemini Pro',
            aliases: ['GemPro'],
            externalIds: [{ key: 'homepage', value: 'https://example.org/gemini' }],
          },
        },
        'ed',
      ),
    ).createEntity;
    expect(created).toEqual({ key: 'gemini-pro', type: 'PRODUCT', aliases: ['GemPro'] });
    const found = data(
      await call<{ lookupEntities: { key: string }[] }>('{ lookupEntities(name: "gem") { key } }'),
    ).lookupEntities;
    expect(found.map((x) => x.key)).toContain('gemini-pro');
    const byAlias = data(
      await call<{ entity: { key: string } | null }>('{ entity(name: "gem-pro") { key } }'),
    ).entity;
    expect(byAlias?.key).toBe('gemini-pro');
    for (const value of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x']) {
      const refused = await call(
        `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { key } }`,
        {
          input: {
            episode: EPISODE_ID,
            type: 'PRODUCT',
            name: `Bad ${value.length}`,
            externalIds: [{ key: 'homepage', value }],
          },
        },
        'ed',
      );
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    }
    expect(
      await count("MATCH (x:Entity) WHERE x.name STARTS WITH 'Bad ' RETURN count(x) AS n"),
    ).toBe(0);
  });

  it('adds a mention once, at the offsets of the form in the turn', async () => {
    const ADD = `mutation ($input: AddMentionInput!) { addMention(input: $input) { form start end entity { key surfaceForms } turn { key } } }`;
    const input = { turn: T012, entity: 'gemini-pro', form: 'painful' };
    const mention = data(
      await call<{
        addMention: {
          form: string;
          start: number;
          end: number;
          entity: { key: string; surfaceForms: string[] };
        };
      }>(ADD, { input }, 'ed'),
    ).addMention;
    expect(mention.entity.surfaceForms).toContain('painful');
    data(await call(ADD, { input }, 'ed'));
    expect(
      await count('MATCH (:Turn {id: $t})-[m:MENTIONS]->(:Entity {id: $e}) RETURN count(m) AS n', {
        t: T012,
        e: 'gemini-pro',
      }),
    ).toBe(1);
    expect(
      codes(await call(ADD, { input: { ...input, form: 'not in this turn at all' } }, 'ed')),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('creates and removes an exclusion, and refuses excluding a prediction', async () => {
    const CREATE_X = `mutation ($input: CreateExclusionInput!) { createExclusion(input: $input) { id key quote start end reason turn { key } } }`;
    const made = data(
      await call<{
        createExclusion: { id: string; key: string; quote: string; start: number; reason: string };
      }>(
        CREATE_X,
        { input: { turn: T012, quote: 'Seeing it struggle', reason: 'About the present.' } },
        'ed',
      ),
    ).createExclusion;
    const listed = data(
      await call<{ episode: { exclusions: { key: string }[] } }>(
        `{ episode(id: "${EPISODE_ID}") { exclusions { key } } }`,
      ),
    ).episode.exclusions;
    expect(listed.map((x) => x.key)).toContain(made.key);
    const node = data(
      await call<{ node: { key: string } | null }>(
        'query ($id: ID!) { node(id: $id) { ... on Exclusion { key } } }',
        { id: made.id },
      ),
    ).node;
    expect(node?.key).toBe(made.key);
    expect(
      data(
        await call<{ removeExclusion: string }>(
          'mutation ($id: ID!) { removeExclusion(id: $id) }',
          { id: made.id },
          'ed',
        ),
      ).removeExclusion,
    ).toBe(made.key);
    const prediction = await db.read<{ turn: string; quote: string }>(
      'MATCH (c:Prediction) RETURN c.turnId AS turn, c.quote AS quote LIMIT 1',
    );
    const clash = await call(
      CREATE_X,
      { input: { turn: prediction[0]?.turn, quote: prediction[0]?.quote, reason: 'x' } },
      'ed',
    );
    expect(codes(clash)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('helper queries', () => {
  it('derives a due date with how, reads hedges, and suggests names and forecasts', async () => {
    const answer = data(
      await call<{
        deriveDueDate: {
          dueDate: string | null;
          window: unknown;
          rule: string;
          explanation: string;
        };
        readConfidence: {
          hedges: { phrase: string; text: string; start: number }[];
          bucket: string;
          probability: number;
        };
        turn: { suggestions: { kind: string; text: string; entity: { key: string } | null }[] };
      }>(`{
        deriveDueDate(horizon: "by the end of the year", episode: "${EPISODE_ID}") { dueDate window { from to } rule explanation }
        readConfidence(text: "I really do think it will probably not happen") { hedges { phrase text start } bucket probability }
        turn(id: "${T012}") { suggestions { kind text entity { key } } }
      }`),
    );
    expect(answer.deriveDueDate).toEqual(
      expect.objectContaining({ dueDate: '2025-12-31', window: null, rule: 'END_OF_YEAR' }),
    );
    expect(answer.deriveDueDate.explanation).toContain('2025-05-22');
    expect(answer.readConfidence).toEqual({
      hedges: [
        { phrase: 'i really do think', text: 'I really do think', start: 0 },
        { phrase: 'probably not', text: 'probably not', start: 26 },
      ],
      bucket: 'UNLIKELY',
      probability: 0.25,
    });
    expect(answer.turn.suggestions).toEqual(
      expect.arrayContaining([
        {
          kind: 'KNOWN_ENTITY',
          text: 'ClaudePlaysPokemon',
          entity: { key: 'claude-plays-pokemon' },
        },
        expect.objectContaining({ kind: 'FORECAST' }),
      ]),
    );
  });
});
