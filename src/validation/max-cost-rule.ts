import {
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type ASTVisitor,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

import { fragmentMemo } from './fragment-memo';
import { limitError } from './limit-error';

export interface MaxCostOptions {
  /** The highest static cost an operation may have. */
  maxCost: number;
  /** The page size assumed when `first` is a variable, null or absent without a default. */
  defaultListSize: number;
  /** The most a literal `first` (or a schema default) is taken to ask for. */
  maxPageSize: number;
}

const CONNECTION_SUFFIX = 'Connection';

/**
 * Limits the static cost of each operation, worked out from the document and the schema alone
 * (validation rules never see variable values):
 *
 * - every field costs 1, `__typename` and introspection fields included;
 * - a field returning a list (under any NonNull) or an object type whose name ends in
 *   "Connection" costs 1 plus its sub-selection's cost times its page size;
 * - the page size is a literal Int `first` argument, else the argument's Int default in the
 *   schema, either capped at `maxPageSize` (and at least 0); a variable, `null` or a missing
 *   `first` with no default counts as `defaultListSize`;
 * - a list field directly on a Connection type (`edges`, `nodes`) is not multiplied again: the
 *   connection's `first` already sized its page.
 *
 * Fragment spreads and inline fragments are followed with their type conditions; every branch
 * counts, so selections on an abstract type are over- rather than under-estimated. Each fragment
 * is costed once and a fragment cycle is cut where it closes (NoFragmentCyclesRule reports it).
 */
export function maxCostRule(options: MaxCostOptions): ValidationRule {
  const { maxCost, defaultListSize, maxPageSize } = options;

  function pageSize(node: FieldNode, field: GraphQLField<unknown, unknown> | undefined): number {
    const argument = node.arguments?.find((arg) => arg.name.value === 'first');
    if (argument) {
      return argument.value.kind === Kind.INT ? cap(Number(argument.value.value)) : defaultListSize;
    }
    const fallback = field?.args.find((arg) => arg.name === 'first')?.defaultValue;
    return typeof fallback === 'number' ? cap(fallback) : defaultListSize;
  }

  function cap(size: number): number {
    return Math.max(0, Math.min(size, maxPageSize));
  }

  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragmentCost = fragmentMemo(context, (fragment) =>
      selectionSetCost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value)),
    );

    function fieldCost(node: FieldNode, parentType: GraphQLNamedType | undefined): number {
      const field = fieldDefinition(schema, parentType, node.name.value);
      if (!node.selectionSet) return 1;
      const childType = field ? getNamedType(field.type) : undefined;
      const childCost = selectionSetCost(node.selectionSet, childType);
      return 1 + multiplier(node, field, parentType) * childCost;
    }

    function multiplier(
      node: FieldNode,
      field: GraphQLField<unknown, unknown> | undefined,
      parentType: GraphQLNamedType | undefined,
    ): number {
      if (!field) return 1;
      const namedType = getNamedType(field.type);
      if (isObjectType(namedType) && namedType.name.endsWith(CONNECTION_SUFFIX)) {
        return pageSize(node, field);
      }
      if (isListType(getNullableType(field.type))) {
        const onConnection = parentType?.name.endsWith(CONNECTION_SUFFIX) ?? false;
        return onConnection ? 1 : pageSize(node, field);
      }
      return 1;
    }

    function selectionSetCost(
      selectionSet: SelectionSetNode,
      parentType: GraphQLNamedType | undefined,
    ): number {
      let cost = 0;
      for (const selection of selectionSet.selections) {
        switch (selection.kind) {
          case Kind.FIELD:
            cost += fieldCost(selection, parentType);
            break;
          case Kind.INLINE_FRAGMENT: {
            const condition = selection.typeCondition;
            const type = condition ? schema.getType(condition.name.value) : parentType;
            cost += selectionSetCost(selection.selectionSet, type);
            break;
          }
          case Kind.FRAGMENT_SPREAD:
            cost += fragmentCost(selection.name.value);
            break;
        }
      }
      return cost;
    }

    return {
      OperationDefinition(node) {
        const rootType = schema.getRootType(node.operation);
        const cost = selectionSetCost(node.selectionSet, rootType ?? undefined);
        if (cost > maxCost) {
          context.reportError(
            limitError(`Query cost ${cost} exceeds the maximum of ${maxCost}`, node),
          );
        }
        return false;
      },
      FragmentDefinition: () => false,
    };
  };
}

/** The definition of a field on a type, meta fields included; undefined when unknown. */
function fieldDefinition(
  schema: GraphQLSchema,
  parentType: GraphQLNamedType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (!parentType) return undefined;
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parentType === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  if (isObjectType(parentType) || isInterfaceType(parentType)) {
    return parentType.getFields()[name];
  }
  return undefined;
}
