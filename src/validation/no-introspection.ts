import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Refuses `__schema` and `__type` (production turns introspection off). Apollo Server has the
 * same rule behind its `introspection` flag, but the socket (graphql-ws) validates with our
 * rule list alone, so the rule lives here, in the one list both transports use.
 */
export function noIntrospection(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      const name = node.name.value;
      if (name === '__schema' || name === '__type') {
        context.reportError(
          new GraphQLError(
            `GraphQL introspection is not allowed in production; the query asked for ${name}.`,
            { nodes: [node], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
          ),
        );
      }
    },
  };
}
