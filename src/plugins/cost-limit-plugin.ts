import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

import { ErrorCode } from '../errors';
import { LIST_SIZE_BOUNDS, operationCost, type CostOptions, type Limits } from '../validation';

export type CostLimitOptions = Pick<Limits, 'maxCost' | 'maxPageSize' | 'defaultListSize'> &
  Partial<CostOptions>;

const number = new Intl.NumberFormat('en-US');

/**
 * Refuses an operation whose cost (operation-cost.ts), worked out with the request's own
 * variables, is above maxCost. It runs at didResolveOperation, the first point where Apollo
 * knows both the operation and its variables; a validation rule never sees variables, so
 * `first: $n` would be a guess. The error names the limit, the figure and the most expensive
 * path, so the client knows which `first` to lower.
 */
export function costLimitPlugin<Context extends object>(
  options: CostLimitOptions,
): ApolloServerPlugin<Context> {
  const costOptions: CostOptions = {
    maxPageSize: options.maxPageSize,
    defaultListSize: options.defaultListSize,
    bounds: options.bounds ?? LIST_SIZE_BOUNDS,
  };
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, document, request, schema }) {
          // Without an operation Apollo has already answered with an error.
          if (!operation) return Promise.resolve();
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
              fragments[definition.name.value] = definition;
            }
          }
          const measured = operationCost(
            schema,
            operation,
            fragments,
            request.variables ?? {},
            costOptions,
          );
          if (measured.cost > options.maxCost) {
            return Promise.reject(costError(measured, options.maxCost, operation));
          }
          return Promise.resolve();
        },
      });
    },
  };
}

function costError(
  measured: { cost: number; path: string[]; pathCost: number },
  maxCost: number,
  operation: OperationDefinitionNode,
): GraphQLError {
  const path = measured.path.join('.');
  return new GraphQLError(
    `Query cost ${number.format(measured.cost)} exceeds the maximum of ${number.format(maxCost)}. ` +
      `Most expensive path: ${path} ≈ ${number.format(measured.pathCost)}; lower \`first\` along it.`,
    {
      nodes: operation,
      extensions: {
        code: ErrorCode.QueryTooCostly,
        cost: measured.cost,
        maxCost,
        path,
        pathCost: measured.pathCost,
        http: { status: 400 },
      },
    },
  );
}
