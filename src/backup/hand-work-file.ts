import { readFileSync } from 'node:fs';

import {
  AUTHORED_NODES,
  type HandWork,
  type ResolutionRecord,
} from '../db/backup/hand-work-repository';
import { PREDICTION_STATUSES } from '../domain/vocabulary';
import type { Problem } from '../ingest/problems';

const EMPTY: HandWork = {
  resolutions: [],
  statuses: [],
  revisions: [],
  authorship: [],
  mentionAuthorship: [],
  mutationKeys: [],
};

type Check = (value: unknown) => boolean;
const isString: Check = (value) => typeof value === 'string' && value !== '';
const isNullableString: Check = (value) => value === null || typeof value === 'string';
const isCount: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 0;
const isTime: Check = (value) =>
  value === null || (typeof value === 'string' && !Number.isNaN(Date.parse(value)));
const isPlain: Check = (value) =>
  ['string', 'number', 'boolean'].includes(typeof value) ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string'));

/**
 * Reads hand-work.json of a logical backup and checks every field it will write, so a damaged
 * or hand-edited file is refused, naming the field, before anything is written.
 */
export function readHandWork(file: string, problems: Problem[]): HandWork {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file, line: 0, field: 'file', message: (error as Error).message });
    return EMPTY;
  }
  const problem = (field: string, message: string): void => {
    problems.push({ file, line: 0, field, message });
  };
  const work = parsed as Partial<Record<keyof HandWork, unknown>> | null;
  if (!Array.isArray(work?.resolutions) || !Array.isArray(work.statuses)) {
    problem('resolutions', 'expected an object with the lists "resolutions" and "statuses"');
    return EMPTY;
  }
  const before = problems.length;
  work.resolutions.forEach((item: unknown, index) => {
    const record = (item ?? {}) as Partial<Record<keyof ResolutionRecord, unknown>>;
    const at = `resolutions[${index}]`;
    if (!isString(record.predictionId)) problem(`${at}.predictionId`, 'expected a prediction id');
    if (!isNullableString(record.resolvedAt))
      problem(`${at}.resolvedAt`, 'expected a date or null');
    if (!isNullableString(record.recordedAt))
      problem(`${at}.recordedAt`, 'expected a time or null');
    const plain = record.plain as Record<string, unknown> | undefined;
    if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
      problem(`${at}.plain`, 'expected an object of properties');
    } else {
      for (const [key, value] of Object.entries(plain)) {
        if (!isPlain(value)) problem(`${at}.plain.${key}`, 'expected text, a number or a boolean');
      }
    }
  });
  work.statuses.forEach((item: unknown, index) => {
    const status = (item ?? {}) as { id?: unknown; status?: unknown };
    if (!isString(status.id)) problem(`statuses[${index}].id`, 'expected a prediction id');
    if (!(PREDICTION_STATUSES as readonly unknown[]).includes(status.status)) {
      problem(`statuses[${index}].status`, `expected one of ${PREDICTION_STATUSES.join(', ')}`);
    }
  });
  const workbench = checkWorkbenchLists(work, problem);
  return problems.length === before ? { ...(work as unknown as HandWork), ...workbench } : EMPTY;
}

/** The fields each record of the workbench's lists must have, and what each holds. */
const WORKBENCH_LISTS: Record<
  'revisions' | 'authorship' | 'mentionAuthorship' | 'mutationKeys',
  Record<string, [Check, string]>
> = {
  revisions: {
    claimId: [isString, 'a claim id'],
    sequence: [isCount, 'a whole number'],
    at: [isTime, 'a time or null'],
    by: [isString, 'a token name'],
    action: [isString, 'an action'],
    note: [isNullableString, 'text or null'],
    changes: [isNullableString, 'JSON text or null'],
  },
  authorship: {
    node: [
      (value) => (AUTHORED_NODES as readonly unknown[]).includes(value),
      AUTHORED_NODES.join(', '),
    ],
    id: [isString, 'an id'],
    by: [isString, 'a token name'],
    at: [isTime, 'a time or null'],
  },
  mentionAuthorship: {
    turnId: [isString, 'a turn id'],
    entityId: [isString, 'an entity id'],
    start: [isCount, 'an offset'],
    by: [isString, 'a token name'],
    at: [isTime, 'a time or null'],
  },
  mutationKeys: {
    key: [isString, 'a key'],
    targetId: [isString, 'an id'],
    createdAt: [isTime, 'a time or null'],
  },
};

/**
 * The workbench's lists, each checked field by field. A backup written before they existed has
 * none of them: read as empty.
 */
function checkWorkbenchLists(
  work: Record<string, unknown>,
  problem: (field: string, message: string) => void,
): Pick<HandWork, keyof typeof WORKBENCH_LISTS> {
  const lists = { revisions: [], authorship: [], mentionAuthorship: [], mutationKeys: [] };
  for (const [name, fields] of Object.entries(WORKBENCH_LISTS)) {
    const list = work[name];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problem(name, 'expected a list');
      continue;
    }
    list.forEach((item: unknown, index) => {
      const record = (item ?? {}) as Record<string, unknown>;
      for (const [field, [check, what]] of Object.entries(fields)) {
        if (!check(record[field])) problem(`${name}[${index}].${field}`, `expected ${what}`);
      }
    });
    Object.assign(lists, { [name]: list });
  }
  return lists;
}
