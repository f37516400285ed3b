import { GraphQLScalarType, Kind } from 'graphql';

import { isCalendarDate } from '../domain/dates';
import { InputValueError } from '../errors';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new InputValueError(
      `Date must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  // The same words as schema/common.graphql: introspection shows this one.
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  // The same words as schema/common.graphql: introspection shows this one.
  description: 'An instant, ISO 8601 with time zone (2026-01-31T12:00:00.000Z).',
  serialize: (value) => new Date(String(value)).toISOString(),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      throw new InputValueError('DateTime must be ISO 8601 with a time zone');
    }
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || Number.isNaN(Date.parse(ast.value))) {
      throw new InputValueError('DateTime must be ISO 8601 with a time zone');
    }
    return ast.value;
  },
});
