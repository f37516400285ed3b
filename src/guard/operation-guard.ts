import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

import { ErrorCode } from '../errors';
import { LIST_SIZE_BOUNDS, operationCost, type CostOptions, type Limits } from '../validation';
import { clientKey, type Caller } from './client-key';
import { LeakyBuckets, type BucketSettings, type Spend } from './leaky-bucket';

export interface RateSettings {
  /** Cost points per client (CLAIMGRAPH_RATE_POINTS, CLAIMGRAPH_RATE_REFILL). */
  budget: BucketSettings;
  /** Writes (root fields of mutations) per token (CLAIMGRAPH_WRITE_POINTS, CLAIMGRAPH_WRITE_REFILL). */
  writes: BucketSettings;
}

/** The defaults config.ts documents; tests and the bench pass their own. */
export const DEFAULT_RATE: Readonly<RateSettings> = Object.freeze({
  budget: { points: 1_000_000, refillPerSecond: 50_000 },
  writes: { points: 300, refillPerSecond: 1 },
});

/** Both budgets off (points 0): the bench's servers, whose load is one client by design. */
export const RATE_OFF: Readonly<RateSettings> = Object.freeze({
  budget: { points: 0, refillPerSecond: 0 },
  writes: { points: 0, refillPerSecond: 0 },
});

export interface GuardOptions {
  limits: Readonly<Limits>;
  rate: Readonly<RateSettings>;
  /** Milliseconds, any origin (the buckets only subtract); tests move it by hand. */
  clock: () => number;
  /** True while the service's own Neo4j is known to be down (its supervisor restarts it). */
  databaseDown: () => boolean;
}

export interface OperationToAdmit {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Readonly<Record<string, unknown>>;
  caller: Caller;
}

/** `extensions.cost` of every answer: what the operation asked for and what is left. */
export interface CostReport {
  /** The operation's cost (operation-cost.ts); 0 when it was refused before it was measured. */
  requested: number;
  /** Points left in the caller's bucket after this operation; null when the budget is off. */
  remaining: number | null;
  /** The bucket's size and refill rate; null when the budget is off. */
  maximum: number | null;
  refillPerSecond: number | null;
  /** Mutations sent with a token: the writes asked for and the token's writes left. */
  writes?: { requested: number; remaining: number | null };
}

export interface Refusal {
  error: GraphQLError;
  /** The HTTP status the answer carries (the socket has none). */
  status: number;
  /** Seconds after which trying again makes sense (HTTP Retry-After); null when it will not help. */
  retryAfterSeconds: number | null;
}

export type Admission =
  | { ok: true; cost: number; report: CostReport }
  | { ok: false; report: CostReport; refusal: Refusal };

const number = new Intl.NumberFormat('en-US');
/** Retry-After of DATABASE_UNAVAILABLE while the own Neo4j restarts. */
export const DATABASE_RETRY_SECONDS = 2;

/**
 * What every operation passes after validation, whatever the transport: the Apollo plugin
 * (plugins/operation-guard-plugin.ts) and the socket (http/live.ts) call the same admit(). In
 * order: the cost limit (QUERY_TOO_COSTLY, nothing spent), the database gate
 * (DATABASE_UNAVAILABLE, nothing spent), then the caller's cost budget and, for mutations sent
 * with a token, the token's write budget (RATE_LIMITED, nothing spent unless both can pay).
 * The cost is worked out once per operation and used for the limit, the budget and the report.
 */
export class OperationGuard {
  private readonly budget: LeakyBuckets;
  private readonly writes: LeakyBuckets;
  private readonly costOptions: CostOptions;

  constructor(private readonly options: GuardOptions) {
    this.budget = new LeakyBuckets(options.rate.budget, options.clock);
    this.writes = new LeakyBuckets(options.rate.writes, options.clock);
    this.costOptions = {
      maxPageSize: options.limits.maxPageSize,
      defaultListSize: options.limits.defaultListSize,
      bounds: LIST_SIZE_BOUNDS,
    };
  }

  admit(request: OperationToAdmit): Admission {
    const { schema, document, operation, variables, caller } = request;
    const fragments = fragmentsOf(document);
    const measured = operationCost(schema, operation, fragments, variables, this.costOptions);
    const key = clientKey(caller);
    const cost = measured.cost;
    if (cost > this.options.limits.maxCost) {
      const error = new GraphQLError(
        `Query cost ${number.format(cost)} exceeds the maximum of ${number.format(this.options.limits.maxCost)}. ` +
          `Most expensive path: ${measured.path.join('.')} ≈ ${number.format(measured.pathCost)}; lower \`first\` along it.`,
        {
          nodes: operation,
          extensions: {
            code: ErrorCode.QueryTooCostly,
            cost,
            maxCost: this.options.limits.maxCost,
            path: measured.path.join('.'),
            pathCost: measured.pathCost,
          },
        },
      );
      return refused(this.report(key, cost), error, 400, null);
    }
    if (this.options.databaseDown()) {
      const error = new GraphQLError('The database is restarting; try again shortly.', {
        extensions: { code: ErrorCode.DatabaseUnavailable },
      });
      return refused(this.report(key, cost), error, 503, DATABASE_RETRY_SECONDS);
    }
    const writeCount =
      operation.operation === OperationTypeNode.MUTATION
        ? rootWrites(operation.selectionSet, fragments)
        : 0;
    const budget = this.budget.check(key, cost);
    if (!budget.ok) return this.overBudget(key, cost, budget);
    if (writeCount > 0 && caller.token !== null) {
      const writes = this.writes.check(caller.token, writeCount);
      if (!writes.ok) return this.overWrites(key, cost, caller.token, writeCount, writes);
      this.writes.spend(caller.token, writeCount);
    }
    this.budget.spend(key, cost);
    const report = this.report(key, cost);
    if (writeCount > 0 && caller.token !== null) {
      report.writes = { requested: writeCount, remaining: this.remainingWrites(caller.token) };
    }
    return { ok: true, cost, report };
  }

  /**
   * One event of a subscription: it runs the operation's selection again, so it spends the
   * operation's cost again. Refused, the subscription ends (http/live.ts).
   */
  chargeEvent(caller: Caller, cost: number): Admission {
    const key = clientKey(caller);
    const spend = this.budget.spend(key, cost);
    if (!spend.ok) return this.overBudget(key, cost, spend);
    return { ok: true, cost, report: this.report(key, cost) };
  }

  /** The report of an answer refused before its cost was known (a parse or validation error). */
  report(key: string, requested: number): CostReport {
    if (!this.budget.enabled) {
      return { requested, remaining: null, maximum: null, refillPerSecond: null };
    }
    return {
      requested,
      remaining: Math.floor(this.budget.available(key)),
      maximum: this.budget.settings.points,
      refillPerSecond: this.budget.settings.refillPerSecond,
    };
  }

  reportFor(caller: Caller): CostReport {
    return this.report(clientKey(caller), 0);
  }

  private remainingWrites(token: string): number | null {
    return this.writes.enabled ? Math.floor(this.writes.available(token)) : null;
  }

  private overBudget(key: string, cost: number, spend: Spend): Admission {
    const { points, refillPerSecond } = this.budget.settings;
    const left = Math.floor(spend.remaining);
    const message =
      spend.retryAfterSeconds === null
        ? `Rate limited: this operation costs ${number.format(cost)} points, more than the whole budget of ${number.format(points)}.`
        : `Rate limited: this operation costs ${number.format(cost)} points and ${number.format(left)} of ${number.format(points)} remain ` +
          `(${number.format(refillPerSecond)} restored a second); retry in ${spend.retryAfterSeconds} s.`;
    const error = new GraphQLError(message, {
      extensions: {
        code: ErrorCode.RateLimited,
        cost,
        remaining: left,
        ...(spend.retryAfterSeconds === null ? {} : { retryAfter: spend.retryAfterSeconds }),
      },
    });
    return refused(this.report(key, cost), error, 429, spend.retryAfterSeconds);
  }

  private overWrites(
    key: string,
    cost: number,
    token: string,
    count: number,
    spend: Spend,
  ): Admission {
    const { points, refillPerSecond } = this.writes.settings;
    const left = Math.floor(spend.remaining);
    const message =
      spend.retryAfterSeconds === null
        ? `Rate limited: this mutation makes ${count} writes, more than a token may make at once (${points}).`
        : `Rate limited: the token ${token} has ${left} of ${points} writes left ` +
          `(${number.format(refillPerSecond)} restored a second) and this mutation makes ${count}; retry in ${spend.retryAfterSeconds} s.`;
    const error = new GraphQLError(message, {
      extensions: {
        code: ErrorCode.RateLimited,
        writes: count,
        writesRemaining: left,
        ...(spend.retryAfterSeconds === null ? {} : { retryAfter: spend.retryAfterSeconds }),
      },
    });
    const report = this.report(key, cost);
    report.writes = { requested: count, remaining: left };
    return refused(report, error, 429, spend.retryAfterSeconds);
  }
}

function refused(
  report: CostReport,
  error: GraphQLError,
  status: number,
  retryAfterSeconds: number | null,
): Admission {
  return { ok: false, report, refusal: { error, status, retryAfterSeconds } };
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

/**
 * The writes a mutation asks for: its root fields (each one a change), through inline fragments
 * and fragment spreads, `__typename` aside. Aliases make one field several writes.
 */
export function rootWrites(
  selectionSet: SelectionSetNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  seen: ReadonlySet<string> = new Set(),
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) count += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += rootWrites(selection.selectionSet, fragments, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (fragment !== undefined && !seen.has(name)) {
        count += rootWrites(fragment.selectionSet, fragments, new Set([...seen, name]));
      }
    }
  }
  return count;
}
