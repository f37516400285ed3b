import {
  Kind,
  type ASTVisitor,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

import { fragmentMemo } from './fragment-memo';
import { limitError } from './limit-error';

/**
 * Limits how deeply fields nest in each operation: `{ a }` has depth 1, `{ a { b } }` depth 2.
 *
 * Fragment spreads and inline fragments are followed (they add no depth of their own).
 * Introspection fields (`__schema`, `__type`) count like any other field; `__typename` does not
 * count, since it never nests and clients add it everywhere. A fragment cycle is cut where it
 * closes (NoFragmentCyclesRule reports the cycle itself), and each fragment is measured once.
 */
export function maxDepthRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragmentDepth = fragmentMemo(context, (fragment) =>
      selectionSetDepth(fragment.selectionSet),
    );

    function selectionSetDepth(selectionSet: SelectionSetNode): number {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        let depth = 0;
        switch (selection.kind) {
          case Kind.FIELD:
            if (selection.name.value !== '__typename') {
              depth = 1 + (selection.selectionSet ? selectionSetDepth(selection.selectionSet) : 0);
            }
            break;
          case Kind.INLINE_FRAGMENT:
            depth = selectionSetDepth(selection.selectionSet);
            break;
          case Kind.FRAGMENT_SPREAD:
            depth = fragmentDepth(selection.name.value);
            break;
        }
        if (depth > deepest) deepest = depth;
      }
      return deepest;
    }

    return {
      OperationDefinition(node) {
        const depth = selectionSetDepth(node.selectionSet);
        if (depth > max) {
          context.reportError(
            limitError(`Query depth ${depth} exceeds the maximum of ${max}`, node),
          );
        }
        return false;
      },
      FragmentDefinition: () => false,
    };
  };
}
