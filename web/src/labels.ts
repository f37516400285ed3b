// Words a reader sees for the API's enum values and the board's sort orders: UI text, not schema.
// The enum values themselves come from codegen (gql/graphql.ts, one `as const` object per enum).
import type { PredictionOrder } from './gql/graphql';

/** OPEN → Open, PARTIALLY_CORRECT → Partially correct. */
export function words(value: string): string {
  const lower = value.toLowerCase().replace(/_/g, ' ');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** The board's sort orders in the order its select lists them (a new SDL order fails typecheck). */
export const SORT_LABELS: Record<PredictionOrder, string> = {
  EPISODE_ORDER: 'Episode order',
  DEADLINE_ASC: 'Deadline, soonest first',
  DEADLINE_DESC: 'Deadline, latest first',
  CONFIDENCE_DESC: 'Confidence, highest first',
};
