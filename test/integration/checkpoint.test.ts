/**
 * The test fixture's own guarantee: what a test writes into the shared import is undone by
 * restore(), whatever kind of change it is, and a change left behind is named, not missed.
 */
import { Checkpoint } from '../support/checkpoint';
import { snapshot } from '../support/graph';
import { seededApp } from '../support/seeded-app';

const api = seededApp();

const PREDICTION = 'c1-pred-day-of-junior-engineer-work';
const RESOLVE = `mutation { resolvePrediction(id: "${PREDICTION}", status: CORRECT,
  evidence: { url: "https://example.org/e" }, resolvedAt: "2026-01-15") { status } }`;

describe('restore()', () => {
  afterEach(() => api.restore());

  it('undoes new nodes, changed properties and labels, and deleted nodes and relationships', async () => {
    const before = await snapshot(api.db);
    expect((await api.gql(RESOLVE, {}, api.editor)).body.errors).toBeUndefined();
    await api.db.write("MATCH (e:Entity {id: 'mats'}) REMOVE e:Program SET e:Organization");
    await api.db.write(
      "MATCH (:Person {id: 'sholto-douglas'})-[r:AFFILIATED_WITH]->() SET r.role = 'changed'",
    );
    await api.db.write("MATCH (:Person {id: 'trenton-bricken'})-[r:AFFILIATED_WITH]->() DELETE r");
    const [deleted] = await api.db.write<{ relationships: number }>(
      `MATCH (c:Claim {id: $id}) WITH c, COUNT { (c)--() } AS relationships
       DETACH DELETE c RETURN relationships`,
      { id: PREDICTION },
    );
    expect(deleted?.relationships).toBeGreaterThan(3);
    expect(await snapshot(api.db)).not.toEqual(before);

    await api.restore();
    expect(await snapshot(api.db)).toEqual(before);
    // The prediction is whole again, with its types: a Date is still a Date.
    const [row] = await api.db.read<{ deadline: string; type: string }>(
      'MATCH (c:Prediction {id: $id}) RETURN toString(c.deadline) AS deadline, valueType(c.deadline) AS type',
      { id: PREDICTION },
    );
    expect(row).toEqual({ deadline: '2026-05-22', type: 'DATE NOT NULL' });
  });

  it('makes a deleted node again when a changed node holds its unique key meanwhile', async () => {
    // What a re-import does when Neo4j reuses ids: another node now carries the deleted one's key.
    const before = await snapshot(api.db);
    const [pair] = await api.db.read<{ kept: string; gone: string }>(
      'MATCH (k:NameKey) WITH k.key AS key ORDER BY key LIMIT 2 WITH collect(key) AS keys RETURN keys[0] AS kept, keys[1] AS gone',
    );
    if (pair === undefined) throw new Error('no name keys');
    await api.db.write('MATCH (k:NameKey {key: $gone}) DETACH DELETE k', pair);
    await api.db.write('MATCH (k:NameKey {key: $kept}) SET k.key = $gone', pair);

    await api.restore();
    expect(await snapshot(api.db)).toEqual(before);
  });

  it('changes nothing when nothing changed', async () => {
    const checkpoint = await Checkpoint.take(api.db.driver);
    expect(await checkpoint.restore()).toEqual({ created: 0, changed: 0, deleted: 0 });
    expect(checkpoint.recreated).toBe(false);
  });
});

describe('differences()', () => {
  afterEach(() => api.restore());

  it('names every change a test would leave behind', async () => {
    const checkpoint = await Checkpoint.take(api.db.driver);
    const fingerprint = checkpoint.fingerprint();
    expect(await checkpoint.differences()).toEqual([]);
    await api.db.write("MATCH (c:Claim {id: $id}) SET c.paraphrase = 'edited'", {
      id: PREDICTION,
    });
    await api.db.write("CREATE (:Topic {id: 'left-behind'})");
    const left = await checkpoint.differences();
    expect(left.filter((line) => line.startsWith('+ ')).join('\n')).toMatch(/left-behind/);
    expect(left.filter((line) => line.includes('paraphrase="edited"'))).toHaveLength(1);
    expect(left.filter((line) => line.startsWith('- ') && line.includes(PREDICTION))).toHaveLength(
      1,
    );
    // The fingerprint of the graph as it is now differs too: no hand-over to the next file.
    expect((await Checkpoint.take(api.db.driver)).fingerprint()).not.toBe(fingerprint);
  });

  it('tells an Integer from a Float of the same value', async () => {
    const checkpoint = await Checkpoint.take(api.db.driver);
    const [row] = await api.db.read<{ position: number }>(
      "MATCH (t:Turn) WHERE t.id ENDS WITH '#t001' RETURN t.position AS position",
    );
    expect(row?.position).toBe(1);
    await api.db.write("MATCH (t:Turn) WHERE t.id ENDS WITH '#t001' SET t.position = 1.0");
    const left = await checkpoint.differences();
    expect(left).toHaveLength(2);
    expect(left).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^- .*position=int 1[;}]/),
        expect.stringMatching(/^\+ .*position=float 1[;}]/),
      ]),
    );
  });
});
