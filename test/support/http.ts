import type { Database } from '../../src/db/database';
import { createApp, type App, type AppDeps } from '../../src/server';

export interface RunningApp {
  app: App;
  url: string;
  base: string;
}

/** The real HTTP server on a free port. */
export async function startApp(
  db: Database,
  nodeEnv = 'test',
  extra: Omit<Partial<AppDeps>, 'db' | 'nodeEnv'> = {},
): Promise<RunningApp> {
  const app = await createApp({ ...extra, db, nodeEnv });
  const url = await app.listen(0, '127.0.0.1');
  return { app, url, base: url.replace(/\/graphql$/, '') };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: { message: string; extensions?: { code?: string } }[];
    extensions?: { cost?: CostReport };
  };
}

/** `extensions.cost` of an answer (src/guard/operation-guard.ts). */
export interface CostReport {
  requested: number;
  remaining: number | null;
  maximum: number | null;
  refillPerSecond: number | null;
  writes?: { requested: number; remaining: number | null };
}

/**
 * The `extensions` every answer carries, for tests that match a whole body: the cost report
 * with some figure in it (the tests of the budget check the figures).
 */
export function anyCostReport(): { cost: CostReport } {
  return {
    cost: expect.objectContaining({ requested: expect.any(Number) as number }) as CostReport,
  };
}

export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
}
