// npm run screenshots: redraws the workbench screenshot the docs show, from the browser test
// that checks what it shows (so the picture is of the app as it is, not as it was).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { runCommand } from '../src/cli/command';
import { PROJECT_ROOT } from '../src/config';

const SPEC = {
  usage: 'npm run screenshots',
  description: `Runs the journey and the screenshot case of test/e2e/workbench.test.ts in headless Chromium
(/usr/bin/chromium) against a throwaway Neo4j, with WORKBENCH_SCREENSHOT_DIR set to
docs/screenshots, so it writes docs/screenshots/workbench-desktop.png: the caption fixture's
episode in the workbench after the journey annotated it, signed in as an editor, with times,
accepted claims, suggestions and a prediction form with its derived due date. Without this
script the test writes the picture under test-results/screenshots instead.`,
  options: {},
} as const;

void runCommand(SPEC, () => {
  const jest = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'jest');
  const run = spawnSync(
    jest,
    [
      '--runInBand',
      '--selectProjects',
      'e2e',
      '--testNamePattern',
      'journey|screenshot',
      '--',
      'test/e2e/workbench.test.ts',
    ],
    {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      env: {
        ...process.env,
        WORKBENCH_SCREENSHOT_DIR: path.join(PROJECT_ROOT, 'docs', 'screenshots'),
      },
    },
  );
  return run.status ?? 1;
});
