import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';

import { LIMITS, securityRules } from '../validation';

/** The parser's options, for Apollo (parseOptions) and the socket alike: caps parser work. */
export const PARSE_OPTIONS: Readonly<ParseOptions> = Object.freeze({ maxTokens: LIMITS.maxTokens });

/** The validation rules beyond graphql-js's own, for Apollo (validationRules) and the socket alike. */
export function operationRules(production: boolean): ValidationRule[] {
  return securityRules(LIMITS, { introspection: !production });
}

export interface OperationPayload {
  query: string;
  operationName?: string | null;
}

export type Prepared =
  | { ok: true; document: DocumentNode; operation: OperationDefinitionNode }
  | { ok: false; errors: GraphQLError[] };

/**
 * What Apollo Server does before its plugins see an operation, for transports that are not
 * Apollo (the socket): parse with PARSE_OPTIONS, validate with graphql-js's rules and
 * operationRules(), pick the operation, with the codes Apollo gives (GRAPHQL_PARSE_FAILED,
 * GRAPHQL_VALIDATION_FAILED, OPERATION_RESOLUTION_FAILURE).
 */
export function prepareOperation(
  schema: GraphQLSchema,
  payload: OperationPayload,
  production: boolean,
): Prepared {
  let document: DocumentNode;
  try {
    document = parse(payload.query, PARSE_OPTIONS);
  } catch (error) {
    const message = error instanceof Error ? error.message : 'could not parse the query';
    return { ok: false, errors: [withCode(error, message, 'GRAPHQL_PARSE_FAILED')] };
  }
  const invalid = validate(schema, document, [...specifiedRules, ...operationRules(production)]);
  if (invalid.length > 0) {
    return {
      ok: false,
      errors: invalid.map((error) => withCode(error, error.message, 'GRAPHQL_VALIDATION_FAILED')),
    };
  }
  const operation = getOperationAST(document, payload.operationName ?? undefined);
  if (operation === null || operation === undefined) {
    const message =
      payload.operationName === undefined || payload.operationName === null
        ? 'Must provide operation name if query contains multiple operations.'
        : `Unknown operation named "${payload.operationName}".`;
    return { ok: false, errors: [withCode(null, message, 'OPERATION_RESOLUTION_FAILURE')] };
  }
  return { ok: true, document, operation };
}

function withCode(error: unknown, message: string, code: string): GraphQLError {
  const located = error instanceof GraphQLError ? error : undefined;
  return new GraphQLError(message, {
    ...(located?.nodes ? { nodes: located.nodes } : {}),
    ...(located?.source ? { source: located.source } : {}),
    ...(located?.positions ? { positions: located.positions } : {}),
    extensions: { ...located?.extensions, code },
  });
}
