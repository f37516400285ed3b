import { orderBy, seekPredicate, type SortColumn } from '../shared/keyset';
import type { PageOptions } from '../shared/pagination';

/** Nested claim lists (a person's, an entity's) page in episode order. */
export const NESTED_CLAIM_ORDER = [{ expr: 'c.sortKey' }] as const satisfies readonly SortColumn[];

/**
 * One page of the claims (as `c`) about entity `x` in episode order, as subquery clauses that
 * leave `c` in order. A hub (its claims' share of all claims large enough that a page is found
 * within about `limit` × claims / degree index entries: degree² ≥ claims × limit) walks the
 * sortKey index and stops after the page; any other entity expands its few claims and sorts
 * them. Both branches are planned; `bound` is null in the one that must not run, so its index
 * seek returns nothing at once. Written here, apart from claim-cypher.ts, so the node specs
 * (claim-shape.ts, entity-shape.ts) can use it without an import cycle.
 */
export function claimsAbout(
  x: string,
  c: string,
  label: string,
  options: PageOptions,
  p: { limit: string; seek: string; walkFrom: string },
): string {
  const columns = [{ expr: `${c}.sortKey` }];
  const seek = options.seek
    ? ` WHERE ${seekPredicate(columns, options.backward).replace(/\$seek/g, p.seek)}`
    : '';
  const order = orderBy(columns, options.backward);
  return `WITH ${x}, CASE WHEN COUNT { (${x})<-[:ABOUT]-() } ^ 2 >= COUNT { MATCH (:Claim) } * ${p.limit}
            THEN ${p.walkFrom} END AS bound
  CALL (${x}, bound) {
    MATCH (${c}:${label}) WHERE ${c}.sortKey ${options.backward ? '<' : '>'} bound AND EXISTS { (${c})-[:ABOUT]->(${x}) }
    WITH ${c} ORDER BY ${order} LIMIT ${p.limit}
    RETURN ${c}
    UNION ALL
    WITH ${x}, bound WHERE bound IS NULL
    MATCH (${c}:${label})-[:ABOUT]->(${x})${seek}
    WITH ${c} ORDER BY ${order} LIMIT ${p.limit}
    RETURN ${c}
  }
  WITH ${c} ORDER BY ${order}`;
}

/** Where the sortKey walk of claimsAbout starts: after the cursor, or at either end. */
export function walkFrom(seek: readonly (string | number)[] | null, backward: boolean): string {
  const first = seek?.[0];
  return typeof first === 'string' ? first : backward ? '\uffff' : '';
}
