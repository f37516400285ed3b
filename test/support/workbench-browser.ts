/// <reference lib="dom" />
// Helpers for the workbench's browser tests: the service with editor, reviewer and reader
// tokens, the project's CLIs against the test Neo4j, and a page driver that counts every key
// and click it makes, so a test can report how many user actions a task took.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import type { BrowserContext, Locator, Page } from 'playwright-core';

import { hashToken, type TokenEntry } from '../../src/auth';
import { PROJECT_ROOT } from '../../src/config';
import { postGraphQL } from './http';
import { testNeo4jAuth, testNeo4jUri } from './neo4j';

export const TOKENS = {
  editor: 'e2e-workbench-editor-0123456789abcdef',
  reviewer: 'e2e-workbench-reviewer-0123456789abcdef',
  secondReviewer: 'e2e-workbench-reviewer2-0123456789abcdef',
  reader: 'e2e-workbench-reader-0123456789abcdef',
} as const;

/** The token table the service is started with: the names are what revisions record. */
export const TOKEN_TABLE: TokenEntry[] = [
  { name: 'ann', role: 'editor', hash: hashToken(TOKENS.editor) },
  { name: 'rev', role: 'reviewer', hash: hashToken(TOKENS.reviewer) },
  { name: 'rita', role: 'reviewer', hash: hashToken(TOKENS.secondReviewer) },
  { name: 'dora', role: 'reader', hash: hashToken(TOKENS.reader) },
];

/** Runs one of the project's npm scripts (its tsx entry) against the test Neo4j; returns stdout. */
export function runScript(script: string, args: string[]): string {
  const { user, password } = testNeo4jAuth();
  return execFileSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), [script, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      NEO4J_URI: testNeo4jUri(),
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      LOG_LEVEL: 'warn',
    },
  });
}

/** A GraphQL call with a token, failing the test on any error. */
export async function gql<T>(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const { status, body } = await postGraphQL<T>(url, query, variables, headers);
  if (status !== 200 || body.errors || !body.data) {
    throw new Error(`API call failed (${status}): ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

/**
 * Guards a browser context: only this machine may be reached, and every dialog (an alert a
 * script injected through annotation text would raise) is recorded and dismissed.
 */
export async function guard(
  context: BrowserContext,
  seen: { offHost: string[]; dialogs: string[]; errors: string[] },
): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') {
      await route.continue();
    } else {
      seen.offHost.push(url.href);
      await route.abort('blockedbyclient');
    }
  });
  context.on('page', (page) => {
    page.on('dialog', (dialog) => {
      seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => seen.errors.push(error.message));
  });
}

/** What a person did, counted: the measure of issue 15's section 8. */
export interface ActionCount {
  /** Mouse clicks, a drag to select words counting as one. */
  clicks: number;
  /** Keys pressed for commands, navigation and choices (c, Tab, Enter, arrows...). */
  keys: number;
  /** Characters typed as annotation text (paraphrase, topics, criteria, reasons...). */
  textChars: number;
  /** Characters typed into search boxes to find an entity or a claim. */
  searchChars: number;
}

/**
 * Drives the workbench as a person would and counts what it does. Waiting and scrolling are
 * not counted (a person's eyes and wheel); everything that changes the page is.
 */
export class Driver {
  readonly count: ActionCount = { clicks: 0, keys: 0, textChars: 0, searchChars: 0 };

  constructor(readonly page: Page) {}

  get total(): number {
    const { clicks, keys, textChars, searchChars } = this.count;
    return clicks + keys + textChars + searchChars;
  }

  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      await this.page.keyboard.press(key);
      this.count.keys += 1;
    }
  }

  async type(text: string, kind: 'text' | 'search' = 'text'): Promise<void> {
    await this.page.keyboard.type(text);
    if (kind === 'text') this.count.textChars += text.length;
    else this.count.searchChars += text.length;
  }

  async click(locator: Locator): Promise<void> {
    await locator.click();
    this.count.clicks += 1;
  }

  /** Tab (or Shift+Tab) until the element with this id has the focus; counts each press. */
  async tabTo(id: string, limit = 40): Promise<void> {
    for (let i = 0; i < limit; i += 1) {
      const at = await this.page.evaluate(() => document.activeElement?.id ?? '');
      if (at === id) return;
      await this.press('Tab');
    }
    const at = await this.page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160));
    throw new Error(`Tab never reached #${id}; the focus is on ${at ?? 'nothing'}`);
  }

  /** Selects text[start, end) of a turn with the mouse: one drag across the words. */
  async selectWords(turnId: string, start: number, end: number): Promise<void> {
    const turn = this.page.locator(`[data-turn-text="${turnId}"]`);
    await turn.scrollIntoViewIfNeeded();
    const box = await this.page.evaluate(charBoxes, { turnId, start, end });
    await this.page.mouse.move(box.from.x, box.from.y);
    await this.page.mouse.down();
    await this.page.mouse.move((box.from.x + box.to.x) / 2, (box.from.y + box.to.y) / 2, {
      steps: 2,
    });
    await this.page.mouse.move(box.to.x, box.to.y, { steps: 2 });
    await this.page.mouse.up();
    this.count.clicks += 1;
  }
}

/**
 * Where a drag starts and ends to select text[start, end) of a turn: just inside the left edge
 * of the first character and the right edge of the last (runs in the page).
 */
function charBoxes({ turnId, start, end }: { turnId: string; start: number; end: number }) {
  const root = document.querySelector(`[data-turn-text="${CSS.escape(turnId)}"]`);
  if (!root) throw new Error(`no turn ${turnId} on the page`);
  const at = (offset: number): { node: Text; index: number } => {
    for (const piece of Array.from(root.querySelectorAll<HTMLElement>('[data-at]'))) {
      const from = Number(piece.dataset.at);
      const text = piece.firstChild;
      if (text instanceof Text && offset >= from && offset < from + text.length) {
        return { node: text, index: offset - from };
      }
    }
    throw new Error(`offset ${offset} is not in turn ${turnId}`);
  };
  const rectOf = (offset: number) => {
    const { node, index } = at(offset);
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
    const rect = rects[rects.length - 1] ?? range.getBoundingClientRect();
    return rect;
  };
  const first = rectOf(start);
  const last = rectOf(end - 1);
  return {
    from: { x: first.left + 1, y: first.top + first.height / 2 },
    to: { x: last.right - 1, y: last.top + last.height / 2 },
  };
}

/** Selects text[start, end) of a turn without the mouse (as caret browsing would). */
export async function selectByKeyboardless(
  page: Page,
  turnId: string,
  start: number,
  end: number,
): Promise<void> {
  await page.evaluate(
    ({ turnId, start, end }) => {
      const root = document.querySelector(`[data-turn-text="${CSS.escape(turnId)}"]`);
      if (!root) throw new Error(`no turn ${turnId}`);
      const find = (offset: number, atEnd: boolean) => {
        for (const piece of Array.from(root.querySelectorAll<HTMLElement>('[data-at]'))) {
          const from = Number(piece.dataset.at);
          const text = piece.firstChild;
          if (!(text instanceof Text)) continue;
          const inside = atEnd
            ? offset > from && offset <= from + text.length
            : offset >= from && offset < from + text.length;
          if (inside) return { node: text, index: offset - from };
        }
        throw new Error(`offset ${offset} not in turn`);
      };
      const a = find(start, false);
      const b = find(end, true);
      const range = document.createRange();
      range.setStart(a.node, a.index);
      range.setEnd(b.node, b.index);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    { turnId, start, end },
  );
}

/** What a driver has counted since `from` (a copy of its count taken earlier). */
export function countSince(d: Driver, from: ActionCount): ActionCount & { total: number } {
  const diff = {
    clicks: d.count.clicks - from.clicks,
    keys: d.count.keys - from.keys,
    textChars: d.count.textChars - from.textChars,
    searchChars: d.count.searchChars - from.searchChars,
  };
  return { ...diff, total: diff.clicks + diff.keys + diff.textChars + diff.searchChars };
}

/**
 * The lines of a YAML list item `- id: <id>` in a corpus file: from that line to the line
 * before the next item of the same list (blank lines after it not counted).
 */
export function yamlLinesOf(text: string, id: string): number {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^\\s*- id: ['"]?${id}['"]?\\s*$`).test(line));
  if (start < 0) throw new Error(`no item "- id: ${id}" in the file`);
  const indent = (lines[start] ?? '').indexOf('-');
  let end = start + 1;
  while (end < lines.length) {
    const line = lines[end] ?? '';
    const at = line.search(/\S/);
    if (at >= 0 && at <= indent) break;
    end += 1;
  }
  while (end > start + 1 && (lines[end - 1] ?? '').trim() === '') end -= 1;
  return end - start;
}

/** One row of the table of actions in docs/annotating.md. */
export interface ActionRow {
  task: string;
  count: ActionCount & { total: number };
  yamlLines: number | null;
}

/** The table as docs/annotating.md shows it, between its workbench-actions markers. */
export function actionTable(rows: ActionRow[]): string {
  const head = [
    '| task | clicks | keys | characters of text | characters searched | actions in all | lines of YAML it writes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const body = rows.map(
    ({ task, count, yamlLines }) =>
      `| ${task} | ${count.clicks} | ${count.keys} | ${count.textChars} | ${count.searchChars} | ${count.total} | ${yamlLines ?? '–'} |`,
  );
  return [...head, ...body].join('\n');
}
