import {
  Kind,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

import { DEFAULT_PAGE_SIZE } from '../domain/page-size';

export interface CostOptions {
  /** The most a `first` is taken to ask for; also what an unknown or absent variable counts as. */
  maxPageSize: number;
  /** The page size of a list field that takes no `first` at all. */
  defaultListSize: number;
  /** Real sizes of short nested lists, by `Type.field` (list-sizes.ts). */
  bounds: Readonly<Record<string, number>>;
}

export interface OperationCost {
  cost: number;
  /** Response keys from the root to the list that multiplies most, e.g. episode.sections.turns. */
  path: string[];
  /** The cost of the root field on that path. */
  pathCost: number;
}

interface Measured {
  cost: number;
  path: string[];
}

const CONNECTION_SUFFIX = 'Connection';

/**
 * The cost of one operation, with its variables resolved:
 *
 * - every field costs 1; a field returning a list (under any NonNull) or an object type whose
 *   name ends in "Connection" costs 1 plus its sub-selection's cost times its size;
 * - the size is `first` (a literal, or the variable's value, else the variable's declared
 *   default), capped at maxPageSize; a variable that is absent or not an integer counts as
 *   maxPageSize; a missing `first` is the schema's default;
 * - a short list with a natural bound (LIST_SIZE_BOUNDS) counts at most that bound;
 * - a list directly on a Connection (`edges`, `nodes`) is not multiplied again;
 * - introspection fields (`__schema`, `__type`) cost 1: production turns them off.
 *
 * Fragments count every branch (an over- rather than under-estimate), each named fragment is
 * measured once, and a fragment cycle (reported by validation) is cut where it closes.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>>,
  options: CostOptions,
): OperationCost {
  const declaredDefaults = new Map<string, unknown>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) {
      declaredDefaults.set(
        definition.variable.name.value,
        valueFromASTUntyped(definition.defaultValue),
      );
    }
  }
  const fragmentCosts = new Map<string, Measured>();
  const inProgress = new Set<string>();

  function cap(size: number): number {
    return Math.max(0, Math.min(size, options.maxPageSize));
  }

  function pageSize(node: FieldNode, field: GraphQLField<unknown, unknown>): number {
    // A connection pages forward with `first` or backward with `last`: both ask for as many.
    const given = (node.arguments ?? []).filter(
      (arg) => arg.name.value === 'first' || arg.name.value === 'last',
    );
    // An argument given as null counts as absent, as the resolvers read it.
    const sizes = given
      .map((argument) => sizeOf(argument.value))
      .filter((size): size is number => size !== null);
    if (sizes.length > 0) return Math.max(...sizes);
    const fallback = field.args.find((arg) => arg.name === 'first')?.defaultValue;
    if (typeof fallback === 'number') return cap(fallback);
    // Connections give no default in the schema; the resolvers page by DEFAULT_PAGE_SIZE.
    if (field.args.some((arg) => arg.name === 'last')) return cap(DEFAULT_PAGE_SIZE);
    return field.args.some((arg) => arg.name === 'first')
      ? options.maxPageSize
      : options.defaultListSize;
  }

  function sizeOf(value: ValueNode): number | null {
    if (value.kind === Kind.INT) return cap(Number(value.value));
    if (value.kind === Kind.NULL) return null;
    if (value.kind === Kind.VARIABLE) {
      const name = value.name.value;
      const given = Object.hasOwn(variables, name) ? variables[name] : declaredDefaults.get(name);
      if (given === null) return null;
      return Number.isInteger(given) ? cap(Number(given)) : options.maxPageSize;
    }
    return options.maxPageSize;
  }

  function multiplier(
    node: FieldNode,
    field: GraphQLField<unknown, unknown>,
    parentType: GraphQLNamedType,
  ): number {
    const namedType = getNamedType(field.type);
    if (isObjectType(namedType) && namedType.name.endsWith(CONNECTION_SUFFIX)) {
      return pageSize(node, field);
    }
    if (!isListType(getNullableType(field.type))) return 1;
    if (parentType.name.endsWith(CONNECTION_SUFFIX)) return 1;
    const bound = options.bounds[`${parentType.name}.${field.name}`];
    const size = pageSize(node, field);
    return bound === undefined ? size : Math.min(size, bound);
  }

  function fieldCost(node: FieldNode, parentType: GraphQLNamedType | undefined): Measured {
    const key = node.alias?.value ?? node.name.value;
    if (!node.selectionSet || node.name.value.startsWith('__')) return { cost: 1, path: [key] };
    const field = fieldDefinition(parentType, node.name.value);
    if (field === undefined || parentType === undefined) return { cost: 1, path: [key] };
    const child = selectionSetCost(node.selectionSet, getNamedType(field.type));
    return {
      cost: 1 + multiplier(node, field, parentType) * child.cost,
      path: [key, ...child.path],
    };
  }

  function fragmentCost(name: string): Measured {
    const known = fragmentCosts.get(name);
    if (known) return known;
    const fragment = fragments[name];
    if (fragment === undefined || inProgress.has(name)) return { cost: 0, path: [] };
    inProgress.add(name);
    const measured = selectionSetCost(
      fragment.selectionSet,
      schema.getType(fragment.typeCondition.name.value) ?? undefined,
    );
    inProgress.delete(name);
    fragmentCosts.set(name, measured);
    return measured;
  }

  function selectionSetCost(
    selectionSet: SelectionSetNode,
    parentType: GraphQLNamedType | undefined,
  ): Measured {
    let cost = 0;
    let hottest: Measured = { cost: -1, path: [] };
    const consider = (measured: Measured): void => {
      cost += measured.cost;
      if (measured.cost > hottest.cost) hottest = measured;
    };
    for (const selection of selectionSet.selections) {
      switch (selection.kind) {
        case Kind.FIELD:
          consider(fieldCost(selection, parentType));
          break;
        case Kind.INLINE_FRAGMENT: {
          const condition = selection.typeCondition;
          const type = condition ? (schema.getType(condition.name.value) ?? undefined) : parentType;
          consider(selectionSetCost(selection.selectionSet, type));
          break;
        }
        case Kind.FRAGMENT_SPREAD:
          consider(fragmentCost(selection.name.value));
          break;
      }
    }
    return { cost, path: hottest.path };
  }

  const root = schema.getRootType(operation.operation) ?? undefined;
  let total = 0;
  let hottest: OperationCost = { cost: 0, path: [], pathCost: 0 };
  for (const selection of operation.selectionSet.selections) {
    const measured =
      selection.kind === Kind.FIELD
        ? fieldCost(selection, root)
        : selection.kind === Kind.INLINE_FRAGMENT
          ? selectionSetCost(selection.selectionSet, root)
          : fragmentCost(selection.name.value);
    total += measured.cost;
    if (measured.cost > hottest.pathCost) {
      hottest = { cost: 0, path: measured.path, pathCost: measured.cost };
    }
  }
  return { cost: total, path: hottest.path, pathCost: hottest.pathCost };

  function fieldDefinition(
    parentType: GraphQLNamedType | undefined,
    name: string,
  ): GraphQLField<unknown, unknown> | undefined {
    if (parentType && (isObjectType(parentType) || isInterfaceType(parentType))) {
      return parentType.getFields()[name];
    }
    return undefined;
  }
}
