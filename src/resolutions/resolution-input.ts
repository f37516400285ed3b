import { isCalendarDate } from '../domain/dates';

export const MAX_NOTE_LENGTH = 2000;
export const MAX_URL_LENGTH = 2000;

export interface ResolutionRequest {
  status: string;
  url: string;
  note: string | null;
  resolvedAt: string | null;
}

/**
 * Checks a resolution against the prediction it resolves. Returns what is wrong, each as
 * [argument, message], or an empty list. Pure, so it is tested without a database.
 */
export function resolutionProblems(
  request: ResolutionRequest,
  prediction: { airDate: string },
  today: string,
): [string, string][] {
  const problems: [string, string][] = [];
  if (request.status === 'OPEN') {
    problems.push(['status', 'use reopenPrediction to set a prediction back to OPEN']);
  }
  let url: URL | null = null;
  try {
    url = new URL(request.url);
  } catch {
    problems.push(['evidence.url', 'must be an absolute http(s) URL']);
  }
  if (url && url.protocol !== 'http:' && url.protocol !== 'https:') {
    problems.push(['evidence.url', 'must be an absolute http(s) URL']);
  }
  if (request.url.length > MAX_URL_LENGTH) {
    problems.push(['evidence.url', `must be at most ${MAX_URL_LENGTH} characters`]);
  }
  if (request.note !== null && request.note.length > MAX_NOTE_LENGTH) {
    problems.push(['evidence.note', `must be at most ${MAX_NOTE_LENGTH} characters`]);
  }
  const resolvedAt = request.resolvedAt ?? today;
  if (!isCalendarDate(resolvedAt)) problems.push(['resolvedAt', 'must be a date as YYYY-MM-DD']);
  else if (resolvedAt < prediction.airDate) {
    problems.push(['resolvedAt', `cannot be before the episode aired (${prediction.airDate})`]);
  } else if (resolvedAt > today) {
    problems.push(['resolvedAt', `cannot be in the future (today is ${today})`]);
  }
  return problems;
}
