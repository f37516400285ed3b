import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

import { stripSuggestions } from './validation/strip-suggestions';

/** Error codes this service puts in `extensions.code`, beside Apollo's own. */
export const ErrorCode = {
  BadUserInput: ApolloServerErrorCode.BAD_USER_INPUT,
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  Internal: ApolloServerErrorCode.INTERNAL_SERVER_ERROR,
} as const;

/** Codes whose messages were written for clients and may be shown as they are. */
const PUBLIC_CODES = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ErrorCode.Unauthenticated,
  ErrorCode.Forbidden,
  ErrorCode.NotFound,
  ErrorCode.DatabaseUnavailable,
]);

const NEO4J_UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * A scalar value a client wrote wrongly. Thrown as a plain Error so graphql-js attaches the
 * location of the value, whether it was written inline (validation) or sent as a variable
 * (coercion); formatError gives both the same BAD_USER_INPUT code.
 */
export class InputValueError extends Error {
  override name = 'InputValueError';
}

export function userError(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, ...extra } });
}

/**
 * Errors a client may read pass through; everything else (a Neo4j failure, a bug) becomes a
 * generic message with a code, so no Cypher, database text or stack trace leaves the service.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { production: boolean } = { production: false },
): GraphQLFormattedError {
  // Apollo files an inline literal under validation; the same value as a variable is user input.
  const badValue = error instanceof GraphQLError && error.originalError instanceof InputValueError;
  const code = badValue ? ErrorCode.BadUserInput : formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    // In production a misspelt field gets no hint of the real ones.
    const message = options.production ? stripSuggestions(formatted.message) : formatted.message;
    return {
      ...formatted,
      message,
      extensions: { ...formatted.extensions, code, stacktrace: undefined },
    };
  }
  const original = unwrapResolverError(error);
  const neo4jCode =
    typeof original === 'object' && original !== null && 'code' in original ? original.code : '';
  if (typeof neo4jCode === 'string' && NEO4J_UNAVAILABLE.has(neo4jCode)) {
    return {
      message: 'The database is unavailable right now; try again shortly.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.DatabaseUnavailable },
    };
  }
  // The client learns nothing; the operator needs the whole story.
  process.stderr.write(
    `graphql: internal error at ${formatted.path?.join('.') ?? '(request)'}: ${
      original instanceof Error ? (original.stack ?? original.message) : String(original)
    }\n`,
  );
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.Internal },
  };
}
