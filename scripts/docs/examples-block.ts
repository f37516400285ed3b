import { renderBlocks } from './blocks';

/** One example as `npm run examples` ran it. */
export interface ExampleRun {
  file: string;
  query: string;
  status: number;
  statements: number;
  body: unknown;
}

/** How many items of a list an answer in the docs keeps; the rest are counted. */
const KEEP = 3;

/** The answer with every list cut to its first items and a note of how many more there were. */
export function cutLists(value: unknown): unknown {
  if (Array.isArray(value)) {
    const kept = value.slice(0, KEEP).map(cutLists);
    return value.length > KEEP ? [...kept, `… ${value.length - KEEP} more`] : kept;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cutLists(item)]));
  }
  return value;
}

/** The comment lines at the top of an example file, and the operation below them. */
function splitComment(query: string): { comment: string[]; operation: string } {
  const lines = query.split('\n');
  const first = lines.findIndex((line) => !line.startsWith('#'));
  const at = first < 0 ? lines.length : first;
  return {
    comment: lines.slice(0, at).map((line) => line.replace(/^#\s?/, '')),
    operation: lines.slice(at).join('\n').trim(),
  };
}

/** The answer without what depends on the clock: the budgets left refill by the second. */
function stable(body: unknown): unknown {
  if (body === null || typeof body !== 'object') return body;
  const { extensions, ...rest } = body as {
    extensions?: { cost?: { writes?: Record<string, unknown> } & Record<string, unknown> };
  };
  if (extensions?.cost === undefined) return body;
  const { remaining: _remaining, writes, ...cost } = extensions.cost;
  const spent = writes === undefined ? {} : { writes: withoutRemaining(writes) };
  return { ...rest, extensions: { ...extensions, cost: { ...cost, ...spent } } };
}

function withoutRemaining(budget: Record<string, unknown>): Record<string, unknown> {
  const { remaining: _remaining, ...rest } = budget;
  return rest;
}

function exampleSection(run: ExampleRun): string {
  const { comment, operation } = splitComment(run.query);
  const [title = run.file, ...prose] = comment;
  const statements = `${run.statements} Cypher statement${run.statements === 1 ? '' : 's'}`;
  return [
    `### ${title.replace(/[.:]$/, '')}`,
    ...(prose.length > 0 ? [prose.join(' ')] : []),
    '```graphql\n' + operation + '\n```',
    `Answer (HTTP ${run.status}, ${statements}; \`docs/examples/${run.file}\`):`,
    '```json\n' + JSON.stringify(cutLists(stable(run.body)), null, 2) + '\n```',
  ].join('\n\n');
}

/** docs/api.md with its examples block holding these runs. */
export function withExamples(text: string, runs: readonly ExampleRun[]): string {
  return renderBlocks(text, 'docs/api.md', (name, body) =>
    name === 'examples' ? runs.map(exampleSection).join('\n\n') : body,
  );
}
