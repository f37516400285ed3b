import type { ASTVisitor, DirectiveNode, ValidationContext, ValidationRule } from 'graphql';

import { limitError } from './limit-error';

/**
 * Limits the total number of directives used anywhere in the document: on operations, variable
 * definitions, fields, fragment definitions, spreads and inline fragments. Each directive is
 * counted once where it is written (fragments are not multiplied by their spreads), so this
 * bounds the work of parsing and validating directives, not of executing them.
 * The error points at the first directive over the limit.
 */
export function maxDirectivesRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    let firstOver: DirectiveNode | undefined;
    return {
      Directive(node) {
        count += 1;
        if (count === max + 1) firstOver = node;
      },
      Document: {
        leave(node) {
          if (count > max) {
            context.reportError(
              limitError(
                `Query directive count ${count} exceeds the maximum of ${max}`,
                firstOver ?? node,
              ),
            );
          }
        },
      },
    };
  };
}
