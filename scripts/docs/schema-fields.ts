import {
  buildSchema,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

import { loadTypeDefs } from '../../src/schema';
import { markdownTable } from './corpus-figures';

/** The first sentence of a description, on one line. */
function firstSentence(description: string | null | undefined): string {
  const flat = (description ?? '').replace(/\s+/g, ' ').trim();
  const end = flat.search(/\.(\s|$)/);
  return (end < 0 ? flat : flat.slice(0, end + 1)).replace(/\|/g, '\\|');
}

function signature(field: GraphQLField<unknown, unknown>): string {
  const args = field.args.map((arg) => arg.name);
  return `\`${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}\``;
}

function rowsOf(type: GraphQLObjectType | null | undefined): string[][] {
  if (!type) return [];
  return Object.values(type.getFields()).map((field) => [
    signature(field),
    firstSentence(field.description),
  ]);
}

/** Every root field of the schema in `schema/` with the first sentence of its description. */
export function rootFields(schema: GraphQLSchema = buildSchema(loadTypeDefs())): string {
  const sections: [string, GraphQLObjectType | null | undefined][] = [
    ['Queries', schema.getQueryType()],
    ['Mutations', schema.getMutationType()],
    ['Subscriptions (graphql-ws)', schema.getSubscriptionType()],
  ];
  return sections
    .filter(([, type]) => type)
    .map(([title, type]) => `**${title}**\n\n${markdownTable(['field', 'what'], rowsOf(type))}`)
    .join('\n\n');
}
