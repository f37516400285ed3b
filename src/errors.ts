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
  QueryTimeout: 'QUERY_TIMEOUT',
  QueryTooLarge: 'QUERY_MEMORY_LIMIT',
  QueryTooCostly: 'QUERY_TOO_COSTLY',
  RateLimited: 'RATE_LIMITED',
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
  ErrorCode.QueryTimeout,
  ErrorCode.QueryTooLarge,
  ErrorCode.QueryTooCostly,
  ErrorCode.RateLimited,
]);

const NEO4J_UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  // A wrong password after the service started (the file changed): the database is out of reach.
  'Neo.ClientError.Security.Unauthorized',
]);

/** Neo4j ended the transaction: the driver's timeout or the server's db.transaction.timeout. */
const NEO4J_TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** db.memory.transaction.total.max (or .max) reached. */
const NEO4J_OUT_OF_MEMORY = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.ClientError.General.TransactionOutOfMemoryError',
]);

/**
 * Every pooled connection stayed busy past the acquisition timeout: the database cannot take
 * more work right now, which the client should hear as "unavailable, retry", not as a bug.
 */
function poolExhausted(error: unknown): boolean {
  return (
    error instanceof Error &&
    error.name === 'Neo4jError' &&
    error.message.startsWith('Connection acquisition timed out')
  );
}

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

type ErrorKind = 'public' | 'unavailable' | 'timeout' | 'memory' | 'internal';

/** What an error is to a client: its own words, one of the database's states, or a bug. */
function classify(error: unknown, code: unknown): ErrorKind {
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) return 'public';
  const original = unwrapResolverError(error);
  const neo4jCode =
    typeof original === 'object' && original !== null && 'code' in original ? original.code : '';
  if (typeof neo4jCode === 'string') {
    if (NEO4J_UNAVAILABLE.has(neo4jCode)) return 'unavailable';
    if (NEO4J_TIMED_OUT.has(neo4jCode)) return 'timeout';
    if (NEO4J_OUT_OF_MEMORY.has(neo4jCode)) return 'memory';
  }
  return poolExhausted(original) ? 'unavailable' : 'internal';
}

const MASKED: Record<Exclude<ErrorKind, 'public'>, { message: string; code: string }> = {
  unavailable: {
    message: 'The database is unavailable right now; try again shortly.',
    code: ErrorCode.DatabaseUnavailable,
  },
  timeout: {
    message:
      'The query ran longer than the transaction timeout and was stopped; ask for fewer or smaller pages.',
    code: ErrorCode.QueryTimeout,
  },
  memory: {
    message:
      'The query needed more memory than a transaction may use and was stopped; ask for fewer or smaller pages.',
    code: ErrorCode.QueryTooLarge,
  },
  internal: { message: 'Internal server error', code: ErrorCode.Internal },
};

/**
 * True for an error the client only sees as "Internal server error": a bug or an unexpected
 * database failure, which the operator's log must tell in full (plugins/error-log-plugin.ts).
 */
export function isInternalError(error: GraphQLError): boolean {
  const badValue = error.originalError instanceof InputValueError;
  return !badValue && classify(error, error.extensions.code) === 'internal';
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
  const kind = classify(error, code);
  if (kind === 'public') {
    // In production a misspelt field gets no hint of the real ones.
    const message = options.production ? stripSuggestions(formatted.message) : formatted.message;
    return {
      ...formatted,
      message,
      extensions: { ...formatted.extensions, code, stacktrace: undefined },
    };
  }
  // The client learns nothing more; the operator's log has the whole story.
  return {
    message: MASKED[kind].message,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: MASKED[kind].code },
  };
}
