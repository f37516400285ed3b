import { readFileSync } from 'node:fs';

import { buildSchema, GraphQLEnumType } from 'graphql';

import {
  CLAIM_KINDS,
  CLAIM_RELATION_TYPES,
  CONFIDENCE_BUCKET_NAMES,
  DISCREPANCY_KINDS,
  ENTITY_RELATION_TYPES,
  ENTITY_TYPES,
  GRAPHQL_ENUMS,
  graphqlEnumName,
} from '../../src/domain/vocabulary';
import { ANNOTATION_SCHEMA_FILE } from '../../src/ingest/annotations/read-annotation-file';
import { enumResolvers } from '../../src/resolvers/enums';
import { loadTypeDefs } from '../../src/schema';

type JsonSchema = { enum?: string[]; [key: string]: unknown };

/** The `enum` list at a dotted path of the annotation JSON Schema. */
function jsonEnum(path: string): string[] {
  let node: unknown = JSON.parse(readFileSync(ANNOTATION_SCHEMA_FILE, 'utf8'));
  for (const key of path.split('.')) {
    node = node !== null && typeof node === 'object' ? (node as JsonSchema)[key] : undefined;
  }
  const values = (node as JsonSchema | undefined)?.enum;
  if (values === undefined) throw new Error(`no enum at ${path}`);
  return [...values].sort();
}

const sorted = (values: readonly string[]): string[] => [...values].sort();

describe('one vocabulary', () => {
  it('the SDL enums list exactly the vocabulary, by their GraphQL names', () => {
    const schema = buildSchema(loadTypeDefs());
    for (const [name, stored] of Object.entries(GRAPHQL_ENUMS)) {
      const type = schema.getType(name);
      expect(type).toBeInstanceOf(GraphQLEnumType);
      const names = (type as GraphQLEnumType).getValues().map((value) => value.name);
      expect({ name, values: sorted(names) }).toEqual({
        name,
        values: sorted(stored.map(graphqlEnumName)),
      });
    }
  });

  it('the enum resolvers map every GraphQL name to its stored value', () => {
    expect(enumResolvers.ClaimKind.ASSERTION).toBe('assertion');
    expect(enumResolvers.ConfidenceBucket.TOSS_UP).toBe('toss-up');
    expect(enumResolvers.EntityRelationType.AUTHORED_BY).toBe('AUTHORED_BY');
    expect(enumResolvers.SpeakerRole.HOST).toBe('host');
    for (const [name, stored] of Object.entries(GRAPHQL_ENUMS)) {
      const resolver: Record<string, string> = enumResolvers[name as keyof typeof enumResolvers];
      expect(sorted(Object.values(resolver))).toEqual(sorted(stored));
    }
  });

  it('seed/annotation.schema.json lists exactly the vocabulary', () => {
    expect(jsonEnum('definitions.entity.properties.type')).toEqual(sorted(ENTITY_TYPES));
    expect(jsonEnum('definitions.entityRelation.properties.type')).toEqual(
      sorted(Object.keys(ENTITY_RELATION_TYPES)),
    );
    expect(jsonEnum('definitions.claim.properties.kind')).toEqual(sorted(CLAIM_KINDS));
    expect(jsonEnum('definitions.claim.properties.relations.items.properties.type')).toEqual(
      sorted(Object.keys(CLAIM_RELATION_TYPES)),
    );
    expect(jsonEnum('definitions.prediction.properties.confidence.properties.bucket')).toEqual(
      sorted(CONFIDENCE_BUCKET_NAMES),
    );
    expect(jsonEnum('definitions.discrepancy.properties.kind')).toEqual(sorted(DISCREPANCY_KINDS));
  });
});
