import { readFileSync } from 'node:fs';
import path from 'node:path';

import { buildSchema, GraphQLEnumType } from 'graphql';
import { parse } from 'yaml';

import { GRAPHQL_ENUMS } from '../../src/domain/vocabulary';
import { loadTypeDefs } from '../../src/schema';

const CODEGEN_YML = path.join(__dirname, '..', '..', 'codegen.yml');
const RESOLVERS_OUTPUT = 'src/__generated__/resolvers-types.ts';

/**
 * SDL enums that belong to the API alone (sort orders, directions, search kinds): the graph
 * stores none of them, so their generated string unions are right as they are. Every other SDL
 * enum carries stored values and must be mapped onto the vocabulary in codegen.yml.
 */
const API_ONLY_ENUMS = [
  'CacheControlScope',
  'Direction',
  'EntityOrder',
  'PredictionOrder',
  'ResolutionAction',
  'SearchType',
];

interface CodegenYml {
  generates: Record<string, { config?: { enumValues?: Record<string, string> } }>;
}

function enumValues(): Record<string, string> {
  const config = parse(readFileSync(CODEGEN_YML, 'utf8')) as CodegenYml;
  const values = config.generates[RESOLVERS_OUTPUT]?.config?.enumValues;
  if (values === undefined) throw new Error(`codegen.yml: no enumValues for ${RESOLVERS_OUTPUT}`);
  return values;
}

function sdlEnums(): string[] {
  const schema = buildSchema(loadTypeDefs());
  return Object.values(schema.getTypeMap())
    .filter((type) => type instanceof GraphQLEnumType && !type.name.startsWith('__'))
    .map((type) => type.name)
    .sort();
}

describe('codegen.yml', () => {
  it('maps exactly the vocabulary enums onto src/domain/vocabulary, each by its own name', () => {
    const mapped = enumValues();
    expect(Object.keys(mapped).sort()).toEqual(Object.keys(GRAPHQL_ENUMS).sort());
    for (const [name, target] of Object.entries(mapped)) {
      expect({ name, target }).toEqual({ name, target: `../domain/vocabulary#${name}` });
    }
  });

  it('leaves no SDL enum unmapped unless it is one of the API-only enums', () => {
    const mapped = new Set(Object.keys(enumValues()));
    const unaccounted = sdlEnums().filter(
      (name) => !mapped.has(name) && !API_ONLY_ENUMS.includes(name),
    );
    expect(unaccounted).toEqual([]);
    // The list above names enums that exist and are not mapped, or it has gone stale.
    for (const name of API_ONLY_ENUMS) {
      expect({ name, inSdl: sdlEnums().includes(name), mapped: mapped.has(name) }).toEqual({
        name,
        inSdl: true,
        mapped: false,
      });
    }
  });
});
