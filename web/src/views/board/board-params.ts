import { useSearchParams } from 'react-router-dom';

import { isEnumValue } from '../../enums';
import { PredictionOrder, PredictionStatus, type PredictionFilter } from '../../gql/graphql';

/**
 * The statuses as the board offers them: open first, then the outcomes. Codegen lists an enum's
 * values alphabetically, which puts OPEN third; the address keeps this order (?status=OPEN,CORRECT).
 */
export const STATUS_CHOICES: readonly PredictionStatus[] = [
  PredictionStatus.Open,
  ...Object.values(PredictionStatus).filter((status) => status !== PredictionStatus.Open),
];

/** The statuses ticked in the address (?status=OPEN,CORRECT). */
export function statusesOf(params: URLSearchParams): PredictionStatus[] {
  return (params.get('status') ?? '')
    .split(',')
    .filter((value): value is PredictionStatus => isEnumValue(PredictionStatus, value));
}

/** Reads the board's filters and sort from the URL, so a view of the board is a link. */
export function readParams(params: URLSearchParams): {
  filter: PredictionFilter;
  orderBy: PredictionOrder;
} {
  const filter: PredictionFilter = {};
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const yesNo = (key: string) =>
    params.get(key) === 'yes' ? true : params.get(key) === 'no' ? false : undefined;
  const speaker = text('speaker');
  if (speaker) filter.speaker = speaker;
  const statuses = statusesOf(params);
  if (statuses.length > 0) filter.statuses = statuses;
  const topic = text('topic');
  if (topic) filter.topic = topic;
  const entity = text('entity');
  if (entity) filter.entity = entity;
  const dated = yesNo('dated');
  if (dated !== undefined) filter.dated = dated;
  const conditional = yesNo('conditional');
  if (conditional !== undefined) filter.conditional = conditional;
  const dueAfter = text('dueAfter');
  if (dueAfter) filter.dueAfter = dueAfter;
  const dueBefore = text('dueBefore');
  if (dueBefore) filter.dueBefore = dueBefore;
  const sort = params.get('sort') ?? '';
  return {
    filter,
    orderBy: isEnumValue(PredictionOrder, sort) ? sort : PredictionOrder.EpisodeOrder,
  };
}

/** The address's parameters, and ways to change them. */
export interface BoardParams {
  params: URLSearchParams;
  /** Sets (or, given '' or null, removes) one filter; any change starts again from the first page. */
  set: (key: string, value: string | null) => void;
  /** Moves to the page after `cursor`, or back to the first page. */
  page: (cursor: string | null) => void;
}

export function useBoardParams(): BoardParams {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
    next.delete('after');
    setParams(next);
  };
  const page = (cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor === null) next.delete('after');
    else next.set('after', cursor);
    setParams(next);
  };
  return { params, set, page };
}
