import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

import { isCalendarDate } from '../domain/dates';
import { ErrorCode } from '../errors';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError(
      `Date must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`,
      {
        extensions: { code: ErrorCode.BadUserInput },
      },
    );
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with time zone.',
  serialize: (value) => new Date(String(value)).toISOString(),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      throw new GraphQLError('DateTime must be ISO 8601', {
        extensions: { code: ErrorCode.BadUserInput },
      });
    }
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || Number.isNaN(Date.parse(ast.value))) {
      throw new GraphQLError('DateTime must be ISO 8601', {
        extensions: { code: ErrorCode.BadUserInput },
      });
    }
    return ast.value;
  },
});
