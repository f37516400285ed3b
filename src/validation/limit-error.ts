import { GraphQLError, type ASTNode } from 'graphql';

/** The error every limit rule reports: a validation failure, so clients get a 400-class answer. */
export function limitError(message: string, node: ASTNode): GraphQLError {
  return new GraphQLError(message, {
    nodes: node,
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
  });
}
