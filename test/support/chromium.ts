import { existsSync } from 'node:fs';

import { chromium, type Browser } from 'playwright-core';

/** The Debian chromium package: Playwright's own browser downloads do not work here. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, and quiet: no background requests that could leave 127.0.0.1. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails at once, saying how to install it, when the browser tier runs without chromium. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install the Debian chromium package ` +
        '(apt-get update && apt-get install -y chromium); .ci/run does this in CI',
    );
  }
}

export function launchChromium(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
