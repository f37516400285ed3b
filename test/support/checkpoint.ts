import { createHash } from 'node:crypto';

import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

import { TEST_MARKER_LABEL } from './graph';
import { testNeo4jAuth, testNeo4jUri } from './neo4j';

/**
 * The whole graph as it stood at one moment, so that a test file can import the bundled corpus
 * once and put it back after each test that changes it: nodes and relationships made since are
 * deleted, changed properties and labels are set back, and deleted ones are made again.
 *
 * It works on the driver's own values (not the service's plain-JavaScript copies), so an
 * Integer is written back as an Integer and a Date as a Date: a restore changes no types. The
 * test marker node (graph.ts) is no part of it.
 */
export class Checkpoint {
  /** Whether a restore had to make deleted nodes or relationships again (under new ids). */
  recreated = false;

  private constructor(
    private readonly database: string | undefined,
    private state: GraphState,
    private readonly server: Server | undefined,
  ) {}

  /**
   * The graph as it is now. `_driver` names the database the test uses; the checkpoint reads and
   * writes through a driver of its own that keeps Integers (the service's converts them to
   * numbers), so that 1 and 1.0 differ and a restore writes back an Integer as an Integer.
   */
  static async take(_driver: Driver, database?: string, server?: Server): Promise<Checkpoint> {
    return new Checkpoint(
      database,
      await lossless((driver) => readGraph(driver, database), server),
      server,
    );
  }

  /**
   * A digest of every node and relationship with its labels or type and typed properties:
   * equal fingerprints mean equal graphs (element ids aside).
   */
  fingerprint(): string {
    return fingerprintOf(this.state);
  }

  /** How the graph differs from the checkpoint now, one line per node or relationship. */
  async differences(): Promise<string[]> {
    const now = await lossless((driver) => readGraph(driver, this.database), this.server);
    return diffLines(this.state, now);
  }

  /**
   * Puts the graph back as it was, in one write transaction, and checks that it is. Returns
   * what it undid (all zero when nothing had changed).
   */
  async restore(): Promise<RestoreCounts> {
    const now = await lossless((driver) => readGraph(driver, this.database), this.server);
    const plan = planRestore(this.state, now);
    if (plan.isEmpty()) return plan.counts();
    await lossless(async (driver) => {
      const session = driver.session({ database: this.database });
      try {
        const renamed = await session.executeWrite((tx) => applyPlan(tx, plan));
        this.state = renameIds(this.state, renamed);
        if (renamed.size > 0) this.recreated = true;
      } finally {
        await session.close();
      }
    }, this.server);
    const left = await this.differences();
    if (left.length > 0) {
      throw new Error(`restore left the graph different:\n${left.slice(0, 10).join('\n')}`);
    }
    return plan.counts();
  }
}

/** What describeGraph leaves out: whole nodes by label, and some properties of some labels. */
export interface GraphFilter {
  skipLabels?: readonly string[];
  /** label → property names left out of nodes with that label. */
  omit?: Readonly<Record<string, readonly string[]>>;
  /** Nodes left out by what they hold (a dashboard counter at zero reads as none). */
  skipNode?: (labels: readonly string[], properties: Readonly<Record<string, unknown>>) => boolean;
}

/**
 * The whole graph as sorted lines, one per node and relationship, with labels or type and every
 * property with its Neo4j type (an Integer is not a Float, a Date not a DateTime), and no element
 * ids: a relationship names its ends by their id or key, or, for a node with neither (a
 * revision), by the node's whole description. Two graphs are equal when their lines are.
 */
export async function describeGraph(
  database: string | undefined,
  filter: GraphFilter = {},
): Promise<string[]> {
  const state = await lossless((driver) => readGraph(driver, database));
  const kept = new Map<string, NodeState>();
  for (const [id, node] of state.nodes) {
    if (node.labels.some((label) => filter.skipLabels?.includes(label))) continue;
    if (filter.skipNode?.(node.labels, node.properties) === true) continue;
    const omitted = new Set(node.labels.flatMap((label) => filter.omit?.[label] ?? []));
    const properties = Object.fromEntries(
      Object.entries(node.properties).filter(([key]) => !omitted.has(key)),
    );
    kept.set(id, { labels: node.labels, properties });
  }
  const end = (id: string): string => {
    const node = kept.get(id);
    if (node === undefined) return id;
    const named = node.properties.id ?? node.properties.key;
    return named === undefined ? describeNode(node) : typed(named);
  };
  const relationships = [...state.relationships.values()]
    .filter((r) => kept.has(r.start) && kept.has(r.end))
    .map(
      (r) => `${end(r.start)} -[:${r.type} {${describeProperties(r.properties)}}]-> ${end(r.end)}`,
    );
  return [...[...kept.values()].map(describeNode), ...relationships].sort();
}

export interface RestoreCounts {
  created: number;
  changed: number;
  deleted: number;
}

type Properties = Record<string, unknown>;

interface NodeState {
  labels: string[];
  properties: Properties;
}

interface RelationshipState {
  type: string;
  start: string;
  end: string;
  properties: Properties;
}

/** Nodes and relationships by element id. */
interface GraphState {
  nodes: Map<string, NodeState>;
  relationships: Map<string, RelationshipState>;
}

/** A Neo4j other than the tests' own (a bulk import's, say); the tests' own by default. */
export interface Server {
  uri: string;
  user: string;
  password: string;
}

/**
 * Runs `work` with a driver to the test database (or `server`) that keeps Neo4j Integers, then
 * closes it.
 */
async function lossless<T>(work: (driver: Driver) => Promise<T>, server?: Server): Promise<T> {
  const { uri, user, password } = server ?? { uri: testNeo4jUri(), ...testNeo4jAuth() };
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}

async function readGraph(driver: Driver, database: string | undefined): Promise<GraphState> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const nodes = await tx.run(
        `MATCH (n) WHERE NOT n:${TEST_MARKER_LABEL}
         RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties`,
      );
      const relationships = await tx.run(
        `MATCH (a)-[r]->(b) WHERE NOT a:${TEST_MARKER_LABEL} AND NOT b:${TEST_MARKER_LABEL}
         RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS start, elementId(b) AS end,
                properties(r) AS properties`,
      );
      return {
        nodes: new Map(
          nodes.records.map((record) => [
            record.get('id') as string,
            {
              labels: (record.get('labels') as string[]).slice().sort(),
              properties: record.get('properties') as Properties,
            },
          ]),
        ),
        relationships: new Map(
          relationships.records.map((record) => [
            record.get('id') as string,
            {
              type: record.get('type') as string,
              start: record.get('start') as string,
              end: record.get('end') as string,
              properties: record.get('properties') as Properties,
            },
          ]),
        ),
      };
    });
  } finally {
    await session.close();
  }
}

/** A value written out with its Neo4j type, so 1 (Integer) and 1.0 (Float) differ. */
function typed(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (neo4j.isInt(value)) return `int ${value.toString()}`;
  if (typeof value === 'number') return `float ${String(value)}`;
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(typed).join(', ')}]`;
  if (neo4j.isDate(value)) return `date ${value.toString()}`;
  if (neo4j.isDateTime(value)) return `datetime ${value.toString()}`;
  if (neo4j.isLocalDateTime(value)) return `localdatetime ${value.toString()}`;
  if (neo4j.isTime(value) || neo4j.isLocalTime(value)) return `time ${value.toString()}`;
  if (neo4j.isDuration(value)) return `duration ${value.toString()}`;
  return JSON.stringify(value);
}

function describeProperties(properties: Properties): string {
  return Object.keys(properties)
    .sort()
    .map((key) => `${key}=${typed(properties[key])}`)
    .join('; ');
}

function describeNode(node: NodeState): string {
  return `(:${node.labels.join(':')} {${describeProperties(node.properties)}})`;
}

function describeRelationship(
  relationship: RelationshipState,
  nodes: Map<string, NodeState>,
): string {
  const end = (id: string): string => typed(nodes.get(id)?.properties.id ?? id);
  return `${end(relationship.start)} -[:${relationship.type} {${describeProperties(
    relationship.properties,
  )}}]-> ${end(relationship.end)}`;
}

function fingerprintOf(state: GraphState): string {
  const nodeDigest = new Map(
    [...state.nodes].map(([id, node]) => [
      id,
      createHash('sha256').update(describeNode(node)).digest('hex'),
    ]),
  );
  const lines = [
    ...nodeDigest.values(),
    ...[...state.relationships.values()].map(
      (r) =>
        `${nodeDigest.get(r.start) ?? r.start} ${r.type} ${describeProperties(r.properties)} ${
          nodeDigest.get(r.end) ?? r.end
        }`,
    ),
  ].sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return hash.digest('hex');
}

function sameRelationshipEnds(a: RelationshipState, b: RelationshipState): boolean {
  return a.type === b.type && a.start === b.start && a.end === b.end;
}

/** What a restore must do, worked out from the two states before anything is written. */
class RestorePlan {
  readonly createdRelationships: string[] = [];
  readonly createdNodes: string[] = [];
  readonly deletedNodes: { id: string; labels: string[]; properties: Properties }[] = [];
  readonly changedNodes: {
    id: string;
    properties: Properties;
    extra: string[];
    missing: string[];
  }[] = [];
  readonly deletedRelationships: (RelationshipState & { id: string })[] = [];
  readonly changedRelationships: { id: string; properties: Properties }[] = [];

  isEmpty(): boolean {
    const { created, changed, deleted } = this.counts();
    return created + changed + deleted === 0;
  }

  counts(): RestoreCounts {
    return {
      created: this.createdNodes.length + this.createdRelationships.length,
      changed: this.changedNodes.length + this.changedRelationships.length,
      deleted: this.deletedNodes.length + this.deletedRelationships.length,
    };
  }
}

function planRestore(then: GraphState, now: GraphState): RestorePlan {
  const plan = new RestorePlan();
  for (const [id, node] of now.nodes) {
    const was = then.nodes.get(id);
    if (was === undefined) plan.createdNodes.push(id);
    else if (describeNode(was) !== describeNode(node)) {
      plan.changedNodes.push({
        id,
        properties: was.properties,
        extra: node.labels.filter((label) => !was.labels.includes(label)),
        missing: was.labels.filter((label) => !node.labels.includes(label)),
      });
    }
  }
  for (const [id, node] of then.nodes) {
    if (!now.nodes.has(id)) plan.deletedNodes.push({ id, ...node });
  }
  for (const [id, relationship] of now.relationships) {
    const was = then.relationships.get(id);
    // An id Neo4j reused for a new relationship between other nodes: delete it, make the old one.
    if (was === undefined || !sameRelationshipEnds(was, relationship)) {
      plan.createdRelationships.push(id);
    } else if (describeProperties(was.properties) !== describeProperties(relationship.properties)) {
      plan.changedRelationships.push({ id, properties: was.properties });
    }
  }
  for (const [id, relationship] of then.relationships) {
    const is = now.relationships.get(id);
    if (is === undefined || !sameRelationshipEnds(relationship, is)) {
      plan.deletedRelationships.push({ id, ...relationship });
    }
  }
  return plan;
}

/**
 * Deletes what is new first and clears what changed (so unique keys are free), then makes
 * deleted nodes again, sets changed ones back, and links deleted relationships again. Returns old id → new id for
 * everything made again. Labels and types come from the checkpoint, never from test input.
 */
async function applyPlan(tx: ManagedTransaction, plan: RestorePlan): Promise<Map<string, string>> {
  const renamed = new Map<string, string>();
  await tx.run('UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r', {
    ids: plan.createdRelationships,
  });
  await tx.run('UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id DETACH DELETE n', {
    ids: plan.createdNodes,
  });
  // A changed node may hold a key that a node made again below must have (Neo4j reuses ids
  // after a re-import): clear changed nodes first; they get their old properties back below.
  await tx.run('UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id SET n = {}', {
    ids: plan.changedNodes.map((node) => node.id),
  });
  if (plan.deletedNodes.length > 0) {
    const made = await tx.run(
      `UNWIND $rows AS row
       CREATE (n:$(row.labels)) SET n = row.properties
       RETURN row.id AS old, elementId(n) AS new`,
      { rows: plan.deletedNodes },
    );
    for (const record of made.records) {
      renamed.set(record.get('old') as string, record.get('new') as string);
    }
  }
  for (const node of plan.changedNodes) {
    await tx.run(
      `MATCH (n) WHERE elementId(n) = $id
       SET n = $properties
       ${node.extra.length > 0 ? 'REMOVE n:$($extra)' : ''}
       ${node.missing.length > 0 ? 'SET n:$($missing)' : ''}`,
      node,
    );
  }
  const current = (id: string): string => renamed.get(id) ?? id;
  if (plan.deletedRelationships.length > 0) {
    const made = await tx.run(
      `UNWIND $rows AS row
       MATCH (a) WHERE elementId(a) = row.start
       MATCH (b) WHERE elementId(b) = row.end
       CREATE (a)-[r:$(row.type)]->(b) SET r = row.properties
       RETURN row.id AS old, elementId(r) AS new`,
      {
        rows: plan.deletedRelationships.map((r) => ({
          ...r,
          start: current(r.start),
          end: current(r.end),
        })),
      },
    );
    if (made.records.length !== plan.deletedRelationships.length) {
      throw new Error('restore: a deleted relationship lost one of its nodes');
    }
    for (const record of made.records) {
      renamed.set(record.get('old') as string, record.get('new') as string);
    }
  }
  await tx.run(
    'UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.id SET r = row.properties',
    { rows: plan.changedRelationships },
  );
  return renamed;
}

/** The checkpoint under the ids of what the restore made again. */
function renameIds(state: GraphState, renamed: Map<string, string>): GraphState {
  if (renamed.size === 0) return state;
  const id = (old: string): string => renamed.get(old) ?? old;
  return {
    nodes: new Map([...state.nodes].map(([key, node]) => [id(key), node])),
    relationships: new Map(
      [...state.relationships].map(([key, r]) => [
        id(key),
        { ...r, start: id(r.start), end: id(r.end) },
      ]),
    ),
  };
}

/** Lines only in one state, marked - (checkpoint) and + (now); ids play no part. */
function diffLines(then: GraphState, now: GraphState): string[] {
  const lines = (state: GraphState): string[] => [
    ...[...state.nodes.values()].map(describeNode),
    ...[...state.relationships.values()].map((r) => describeRelationship(r, state.nodes)),
  ];
  const count = (items: string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
    return counts;
  };
  const before = count(lines(then));
  const after = count(lines(now));
  const out: string[] = [];
  for (const [line, n] of before) {
    for (let i = after.get(line) ?? 0; i < n; i += 1) out.push(`- ${line}`);
  }
  for (const [line, n] of after) {
    for (let i = before.get(line) ?? 0; i < n; i += 1) out.push(`+ ${line}`);
  }
  return out.sort((a, b) => a.slice(2).localeCompare(b.slice(2)));
}
