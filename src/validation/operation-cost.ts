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
  const walk = new CostWalk(schema, operation, fragments, variables, options);
  const root = schema.getRootType(operation.operation) ?? undefined;
  let total = 0;
  let hottest: OperationCost = { cost: 0, path: [], pathCost: 0 };
  for (const selection of operation.selectionSet.selections) {
    const measured =
      selection.kind === Kind.FIELD
        ? walk.fieldCost(selection, root)
        : selection.kind === Kind.INLINE_FRAGMENT
          ? walk.selectionSetCost(selection.selectionSet, root)
          : walk.fragmentCost(selection.name.value);
    total += measured.cost;
    if (measured.cost > hottest.pathCost) {
      hottest = { cost: 0, path: measured.path, pathCost: measured.cost };
    }
  }
  return { cost: total, path: hottest.path, pathCost: hottest.pathCost };
}

/** One operation's walk: its variables and their declared defaults, and each fragment's cost. */
class CostWalk {
  private readonly declaredDefaults = new Map<string, unknown>();
  private readonly fragmentCosts = new Map<string, Measured>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    operation: OperationDefinitionNode,
    private readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>,
    private readonly variables: Readonly<Record<string, unknown>>,
    private readonly options: CostOptions,
  ) {
    for (const definition of operation.variableDefinitions ?? []) {
      if (definition.defaultValue) {
        this.declaredDefaults.set(
          definition.variable.name.value,
          valueFromASTUntyped(definition.defaultValue),
        );
      }
    }
  }

  fieldCost(node: FieldNode, parentType: GraphQLNamedType | undefined): Measured {
    const key = node.alias?.value ?? node.name.value;
    if (!node.selectionSet || node.name.value.startsWith('__')) return { cost: 1, path: [key] };
    const field = fieldDefinition(parentType, node.name.value);
    if (field === undefined || parentType === undefined) return { cost: 1, path: [key] };
    const child = this.selectionSetCost(node.selectionSet, getNamedType(field.type));
    return {
      cost: 1 + this.multiplier(node, field, parentType) * child.cost,
      path: [key, ...child.path],
    };
  }

  fragmentCost(name: string): Measured {
    const known = this.fragmentCosts.get(name);
    if (known) return known;
    const fragment = this.fragments[name];
    if (fragment === undefined || this.inProgress.has(name)) return { cost: 0, path: [] };
    this.inProgress.add(name);
    const measured = this.selectionSetCost(
      fragment.selectionSet,
      this.schema.getType(fragment.typeCondition.name.value) ?? undefined,
    );
    this.inProgress.delete(name);
    this.fragmentCosts.set(name, measured);
    return measured;
  }

  selectionSetCost(
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
          consider(this.fieldCost(selection, parentType));
          break;
        case Kind.INLINE_FRAGMENT: {
          const condition = selection.typeCondition;
          const type = condition
            ? (this.schema.getType(condition.name.value) ?? undefined)
            : parentType;
          consider(this.selectionSetCost(selection.selectionSet, type));
          break;
        }
        case Kind.FRAGMENT_SPREAD:
          consider(this.fragmentCost(selection.name.value));
          break;
      }
    }
    return { cost, path: hottest.path };
  }

  private multiplier(
    node: FieldNode,
    field: GraphQLField<unknown, unknown>,
    parentType: GraphQLNamedType,
  ): number {
    const namedType = getNamedType(field.type);
    if (isObjectType(namedType) && namedType.name.endsWith(CONNECTION_SUFFIX)) {
      return this.pageSize(node, field);
    }
    if (!isListType(getNullableType(field.type))) return 1;
    if (parentType.name.endsWith(CONNECTION_SUFFIX)) return 1;
    const bound = this.options.bounds[`${parentType.name}.${field.name}`];
    const size = this.pageSize(node, field);
    return bound === undefined ? size : Math.min(size, bound);
  }

  private pageSize(node: FieldNode, field: GraphQLField<unknown, unknown>): number {
    // A connection pages forward with `first` or backward with `last`: both ask for as many.
    const given = (node.arguments ?? []).filter(
      (arg) => arg.name.value === 'first' || arg.name.value === 'last',
    );
    // An argument given as null counts as absent, as the resolvers read it.
    const sizes = given
      .map((argument) => this.sizeOf(argument.value))
      .filter((size): size is number => size !== null);
    if (sizes.length > 0) return Math.max(...sizes);
    const fallback = field.args.find((arg) => arg.name === 'first')?.defaultValue;
    if (typeof fallback === 'number') return this.cap(fallback);
    // Connections give no default in the schema; the resolvers page by DEFAULT_PAGE_SIZE.
    if (field.args.some((arg) => arg.name === 'last')) return this.cap(DEFAULT_PAGE_SIZE);
    return field.args.some((arg) => arg.name === 'first')
      ? this.options.maxPageSize
      : this.options.defaultListSize;
  }

  private sizeOf(value: ValueNode): number | null {
    if (value.kind === Kind.INT) return this.cap(Number(value.value));
    if (value.kind === Kind.NULL) return null;
    if (value.kind === Kind.VARIABLE) {
      const name = value.name.value;
      const given = Object.hasOwn(this.variables, name)
        ? this.variables[name]
        : this.declaredDefaults.get(name);
      if (given === null) return null;
      return Number.isInteger(given) ? this.cap(Number(given)) : this.options.maxPageSize;
    }
    return this.options.maxPageSize;
  }

  private cap(size: number): number {
    return Math.max(0, Math.min(size, this.options.maxPageSize));
  }
}

function fieldDefinition(
  parentType: GraphQLNamedType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (parentType && (isObjectType(parentType) || isInterfaceType(parentType))) {
    return parentType.getFields()[name];
  }
  return undefined;
}
