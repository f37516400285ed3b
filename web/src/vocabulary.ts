// Display words for the API's enums.

export const STATUSES = [
  'OPEN',
  'CORRECT',
  'INCORRECT',
  'PARTIALLY_CORRECT',
  'UNRESOLVABLE',
] as const;
export type Status = (typeof STATUSES)[number];

export const CLAIM_KINDS = [
  'ASSERTION',
  'EXPLANATION',
  'OPINION',
  'RECOMMENDATION',
  'PREDICTION',
  'QUESTION',
  'ANECDOTE',
] as const;

export const SORTS = {
  EPISODE_ORDER: 'Episode order',
  DEADLINE_ASC: 'Deadline, soonest first',
  DEADLINE_DESC: 'Deadline, latest first',
  CONFIDENCE_DESC: 'Confidence, highest first',
} as const;
export type Sort = keyof typeof SORTS;

/** OPEN → Open, PARTIALLY_CORRECT → Partially correct. */
export function words(value: string): string {
  const lower = value.toLowerCase().replace(/_/g, ' ');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

export function isSort(value: string): value is Sort {
  return Object.hasOwn(SORTS, value);
}
