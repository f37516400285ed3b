import {
  Kind,
  type ASTVisitor,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type', '__typename']);

/**
 * GraphiQL's schema query is deeper (15) and costlier than any data query needs. Documents
 * that read nothing but the schema get `introspection` (or no rule); all others `ordinary`.
 * Production turns introspection off altogether, so there only `ordinary` matters.
 */
export function forIntrospection(
  ordinary: ValidationRule,
  introspection: ValidationRule | null,
): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    if (!onlyIntrospection(context)) return ordinary(context);
    return introspection ? introspection(context) : {};
  };
}

function onlyIntrospection(context: ValidationContext): boolean {
  const document = context.getDocument();
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return (
    operations.length > 0 &&
    operations.every((op) => selectsOnlyIntrospection(op.selectionSet, context, new Set()))
  );
}

function selectsOnlyIntrospection(
  set: SelectionSetNode,
  context: ValidationContext,
  seen: Set<string>,
): boolean {
  return set.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return INTROSPECTION_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return selectsOnlyIntrospection(selection.selectionSet, context, seen);
    const name = selection.name.value;
    if (seen.has(name)) return true;
    seen.add(name);
    const fragment = context.getFragment(name);
    return (
      fragment !== null &&
      fragment !== undefined &&
      selectsOnlyIntrospection(fragment.selectionSet, context, seen)
    );
  });
}
