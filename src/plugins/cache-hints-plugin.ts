import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getOperationAST,
  isAbstractType,
  isCompositeType,
  Kind,
  type ConstArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

export interface CachePolicy {
  maxAge: number;
  scope: 'PUBLIC' | 'PRIVATE';
}

/**
 * The schema's @cacheControl hints, applied once per operation instead of once per field.
 *
 * Apollo's own cache-control plugin wraps every field resolver (willResolveField) so that a
 * resolver may set a hint at run time; this service never does, so the answer's policy follows
 * from the operation alone: the smallest maxAge of every field it selects, where a field takes
 * its own hint, else its type's, else `defaultMaxAge` when it is a root field or returns an
 * object (scalars without a hint inherit their parent's), and PRIVATE if any hint says so. It is
 * computed once per parsed document (Apollo caches those) and written as Apollo writes it:
 * `max-age=N, public|private`, or `no-store` when the answer may not be cached or has errors.
 */
export function cacheHintsPlugin<C extends object>(defaultMaxAge: number): ApolloServerPlugin<C> {
  const policies = new WeakMap<DocumentNode, Map<string, CachePolicy>>();
  const policyOf = (schema: GraphQLSchema, document: DocumentNode, name: string | null) => {
    let byName = policies.get(document);
    if (byName === undefined) {
      byName = new Map();
      policies.set(document, byName);
    }
    const key = name ?? '';
    let policy = byName.get(key);
    if (policy === undefined) {
      policy = operationPolicy(schema, document, name, defaultMaxAge);
      byName.set(key, policy);
    }
    return policy;
  };
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response, document, schema, operationName }) => {
          // An answer another plugin marked uncacheable (credentials, mutations) stays so.
          if (response.http.headers.get('cache-control') === 'no-store') return Promise.resolve();
          const policy =
            document === undefined ? null : policyOf(schema, document, operationName ?? null);
          const cacheable =
            policy !== null &&
            policy.maxAge > 0 &&
            response.body.kind === 'single' &&
            response.body.singleResult.errors === undefined;
          response.http.headers.set(
            'cache-control',
            cacheable ? `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}` : 'no-store',
          );
          return Promise.resolve();
        },
      }),
  };
}

/** The policy of one operation of `document`, from the schema's hints alone. */
export function operationPolicy(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
  defaultMaxAge: number,
): CachePolicy {
  const operation = getOperationAST(document, operationName);
  const root = operation ? schema.getRootType(operation.operation) : undefined;
  if (!operation || !root) return { maxAge: 0, scope: 'PUBLIC' };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const policy: CachePolicy = { maxAge: Number.POSITIVE_INFINITY, scope: 'PUBLIC' };
  const restrict = (hint: Hint): void => {
    if (hint.maxAge !== undefined) policy.maxAge = Math.min(policy.maxAge, hint.maxAge);
    if (hint.scope === 'PRIVATE') policy.scope = 'PRIVATE';
  };
  const visiting = new Set<string>();
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, isRoot: boolean): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        if (type && isCompositeType(type)) walk(selection.selectionSet, type, isRoot);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && type && isCompositeType(type) && !visiting.has(fragment.name.value)) {
          visiting.add(fragment.name.value);
          walk(fragment.selectionSet, type, isRoot);
          visiting.delete(fragment.name.value);
        }
      } else {
        for (const field of fieldsNamed(schema, parent, selection.name.value)) {
          const type = getNamedType(field.type);
          const hint = hintOf(field.astNode?.directives) ?? typeHint(schema, type);
          if (hint) restrict(hint);
          if (hint?.maxAge === undefined && (isRoot || isCompositeType(type))) {
            restrict({ maxAge: defaultMaxAge });
          }
          if (selection.selectionSet && isCompositeType(type)) {
            walk(selection.selectionSet, type, false);
          }
        }
      }
    }
  };
  walk(operation.selectionSet, root, true);
  return {
    maxAge: Number.isFinite(policy.maxAge) ? policy.maxAge : defaultMaxAge,
    scope: policy.scope,
  };
}

interface Hint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

/**
 * The field `name` of `parent`; on an interface or union, the field of every possible type too,
 * so a hint on one implementation counts (at run time it might be the one answered).
 */
function fieldsNamed(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  name: string,
): GraphQLField<unknown, unknown>[] {
  const types = isAbstractType(parent) ? [parent, ...schema.getPossibleTypes(parent)] : [parent];
  return types.flatMap((type) => {
    const field = 'getFields' in type ? type.getFields()[name] : undefined;
    return field ? [field] : [];
  });
}

function typeHint(schema: GraphQLSchema, type: GraphQLNamedType): Hint | undefined {
  if (!isCompositeType(type)) return undefined;
  const own = hintOf(type.astNode?.directives);
  if (own || !isAbstractType(type)) return own;
  const hints = schema.getPossibleTypes(type).flatMap((t) => hintOf(t.astNode?.directives) ?? []);
  return hints.length === 0
    ? undefined
    : {
        maxAge: Math.min(...hints.map((h) => h.maxAge ?? Number.POSITIVE_INFINITY)),
        scope: hints.some((h) => h.scope === 'PRIVATE') ? 'PRIVATE' : 'PUBLIC',
      };
}

function hintOf(
  directives:
    readonly { name: { value: string }; arguments?: readonly ConstArgumentNode[] }[] | undefined,
): Hint | undefined {
  const directive = directives?.find((d) => d.name.value === 'cacheControl');
  if (directive === undefined) return undefined;
  const hint: Hint = {};
  for (const argument of directive.arguments ?? []) {
    if (argument.name.value === 'maxAge' && argument.value.kind === Kind.INT) {
      hint.maxAge = Number(argument.value.value);
    }
    if (argument.name.value === 'scope' && argument.value.kind === Kind.ENUM) {
      hint.scope = argument.value.value === 'PRIVATE' ? 'PRIVATE' : 'PUBLIC';
    }
  }
  return hint;
}
