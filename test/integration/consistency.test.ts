/**
 * The API says the same thing however it is asked: a bad scalar gets one code and a location
 * whether written inline or sent as a variable, and introspection repeats the SDL's words.
 */
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLNamedType,
  type IntrospectionQuery,
} from 'graphql';

import { loadTypeDefs } from '../../src/schema';
import { postGraphQL } from '../support/http';
import { seededApp } from '../support/seeded-app';

interface ErrorBody {
  message: string;
  locations?: { line: number; column: number }[];
  extensions?: { code?: string };
}

interface Described {
  name: string;
  description?: string | null;
  args?: readonly Described[];
}

/** Every description a type carries: its own, its fields', their arguments', enum values'. */
function descriptions(type: GraphQLNamedType): Record<string, string | null | undefined> {
  const found: Record<string, string | null | undefined> = { [type.name]: type.description };
  const fields: Described[] =
    isObjectType(type) || isInterfaceType(type)
      ? Object.values(type.getFields())
      : isInputObjectType(type)
        ? Object.values(type.getFields())
        : [];
  for (const field of fields) {
    found[`${type.name}.${field.name}`] = field.description;
    for (const arg of field.args ?? []) {
      found[`${type.name}.${field.name}(${arg.name})`] = arg.description;
    }
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) found[`${type.name}.${value.name}`] = value.description;
  }
  return found;
}

const api = seededApp();

describe('consistency', () => {
  it.each([
    [
      'Date',
      '{ dashboard(asOf: "2025-02-30") { asOf } }',
      'query ($v: Date) { dashboard(asOf: $v) { asOf } }',
      '2025-02-30',
    ],
    [
      'Date (not a string)',
      '{ predictions(filter: { dueBefore: 20250101 }) { totalCount } }',
      'query ($v: Date) { predictions(filter: { dueBefore: $v }) { totalCount } }',
      20250101,
    ],
  ])(
    'gives a bad %s the same code and a location inline and as a variable',
    async (_name, inline, withVariable, value) => {
      const a = await postGraphQL(api.url, inline);
      const b = await postGraphQL(api.url, withVariable, { v: value });
      const [inlineError] = (a.body.errors ?? []) as ErrorBody[];
      const [variableError] = (b.body.errors ?? []) as ErrorBody[];
      expect(inlineError?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(variableError?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(inlineError?.locations).toHaveLength(1);
      expect(variableError?.locations).toHaveLength(1);
      expect(a.status).toBe(b.status);
      expect(inlineError?.message).toContain('Date must be a calendar date as YYYY-MM-DD');
      expect(variableError?.message).toContain('Date must be a calendar date as YYYY-MM-DD');
    },
  );

  it('introspection carries the same descriptions as the SDL files', async () => {
    const { body } = await postGraphQL<IntrospectionQuery>(api.url, getIntrospectionQuery());
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    const served = buildClientSchema(body.data);
    const sdl = buildSchema(loadTypeDefs());
    const differences = Object.values(sdl.getTypeMap())
      .filter((type) => !type.name.startsWith('__'))
      .flatMap((type) => {
        const mine = descriptions(type);
        const theirs = served.getType(type.name);
        const shown = theirs ? descriptions(theirs) : {};
        return Object.keys(mine)
          .filter((key) => (mine[key] ?? null) !== (shown[key] ?? null))
          .map(
            (key) =>
              `${key}: SDL ${JSON.stringify(mine[key])}, served ${JSON.stringify(shown[key])}`,
          );
      });
    expect(differences).toEqual([]);
  });
});
