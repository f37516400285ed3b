/**
 * Relay compiler 21 accepts the schema's Relay conventions: @refetchable on a Node type
 * (Person) and a paginated @connection, compiled against `npm run schema:print`'s output.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { buildSchema, printSchema } from 'graphql';

import { PROJECT_ROOT } from '../../src/config';
import { loadTypeDefs } from '../../src/schema';

const RELAY = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'relay-compiler');

const COMPONENT = `declare function graphql(strings: TemplateStringsArray): unknown;
export const card = graphql\`
  fragment PersonCard_person on Person @refetchable(queryName: "PersonCardRefetchQuery") {
    name
    trackRecord { total open }
  }
\`;
export const predictions = graphql\`
  fragment PersonCard_predictions on Person
  @argumentDefinitions(count: { type: "Int", defaultValue: 5 }, cursor: { type: "String" })
  @refetchable(queryName: "PersonPredictionsPaginationQuery") {
    predictions(first: $count, after: $cursor) @connection(key: "PersonCard_predictions") {
      edges { node { id quote confidence { bucket probability } } }
    }
  }
\`;
export const page = graphql\`
  query PersonCardQuery($id: ID!) { person(id: $id) { ...PersonCard_person ...PersonCard_predictions } }
\`;
`;

describe('Relay compiler', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-relay-'));
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'claimgraph.graphql'), printSchema(buildSchema(loadTypeDefs())));
    writeFileSync(
      path.join(dir, 'relay.config.json'),
      JSON.stringify({ src: './src', schema: './claimgraph.graphql', language: 'typescript' }),
    );
    writeFileSync(path.join(dir, 'src', 'PersonCard.ts'), COMPONENT);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compiles @refetchable on Person and a paginated @connection', () => {
    let output = '';
    try {
      output = execFileSync(RELAY, [], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      throw new Error(`relay-compiler failed:\n${failed.stdout ?? ''}${failed.stderr ?? ''}`);
    }
    expect(output).toContain('Compilation completed');
    for (const artifact of ['PersonCardRefetchQuery', 'PersonPredictionsPaginationQuery']) {
      expect(existsSync(path.join(dir, 'src', '__generated__', `${artifact}.graphql.ts`))).toBe(
        true,
      );
    }
  });
});
