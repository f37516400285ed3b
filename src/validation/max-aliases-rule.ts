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
 * Limits the total number of aliases in each operation, `__typename` aliases included (aliases
 * are the way to ask for the same field many times in one request).
 *
 * Fragments are followed, and a fragment counts once for every place it is spread, because that
 * is how often its aliased fields run. Each fragment is counted once and the count reused, so
 * fragments that spread each other many times cannot make the rule slow; a fragment cycle is cut
 * where it closes (NoFragmentCyclesRule reports the cycle itself).
 */
export function maxAliasesRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragmentAliases = fragmentMemo(context, (fragment) =>
      selectionSetAliases(fragment.selectionSet),
    );

    function selectionSetAliases(selectionSet: SelectionSetNode): number {
      let count = 0;
      for (const selection of selectionSet.selections) {
        switch (selection.kind) {
          case Kind.FIELD:
            if (selection.alias) count += 1;
            if (selection.selectionSet) count += selectionSetAliases(selection.selectionSet);
            break;
          case Kind.INLINE_FRAGMENT:
            count += selectionSetAliases(selection.selectionSet);
            break;
          case Kind.FRAGMENT_SPREAD:
            count += fragmentAliases(selection.name.value);
            break;
        }
      }
      return count;
    }

    return {
      OperationDefinition(node) {
        const count = selectionSetAliases(node.selectionSet);
        if (count > max) {
          context.reportError(
            limitError(`Query alias count ${count} exceeds the maximum of ${max}`, node),
          );
        }
        return false;
      },
      FragmentDefinition: () => false,
    };
  };
}
