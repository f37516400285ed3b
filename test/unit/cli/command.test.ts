import { helpText, runCommand, UsageError } from '../../../src/cli/command';

const SPEC = {
  usage: 'npm run demo -- --out DIR [FILE ...]',
  description: 'Does a demo thing.',
  options: {
    out: { type: 'string', valueName: 'DIR', description: 'where to write' },
    quiet: { type: 'boolean', short: 'q', description: 'say less' },
    seed: { type: 'string', description: 'the seed', default: '1' },
  },
  positionals: { name: 'files', max: 2 },
} as const;

/** Runs a command with argv, capturing stdout, stderr and the exit code it set. */
async function run(
  argv: string[],
  main: Parameters<typeof runCommand<typeof SPEC.options>>[1] = () => undefined,
): Promise<{ out: string; err: string; code: number | undefined }> {
  let out = '';
  let err = '';
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  const before = process.exitCode;
  process.exitCode = undefined;
  try {
    await runCommand(SPEC, main, argv);
    const code = process.exitCode as number | undefined;
    return { out, err, code };
  } finally {
    process.exitCode = before;
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('runCommand (node:util parseArgs with --help)', () => {
  it('answers --help and -h from the spec without running the command', async () => {
    const main = jest.fn();
    for (const flag of ['--help', '-h']) {
      const { out, code } = await run([flag], main);
      expect(out).toBe(helpText(SPEC));
      expect(code).toBeUndefined();
    }
    expect(main).not.toHaveBeenCalled();
    expect(helpText(SPEC)).toContain('--out DIR');
    expect(helpText(SPEC)).toContain('the seed (default 1)');
    expect(helpText(SPEC)).toContain('-q, --quiet');
  });

  it('passes typed values, defaults and positionals to the command', async () => {
    const main = jest.fn();
    await run(['--out', 'x', '-q', 'a.vtt'], main);
    expect(main).toHaveBeenCalledWith({
      values: { out: 'x', quiet: true, seed: '1' },
      positionals: ['a.vtt'],
    });
  });

  it('refuses unknown options, missing values and extra positionals with exit 2', async () => {
    for (const argv of [['--bogus'], ['--out'], ['a', 'b', 'c']]) {
      const { err, code } = await run(argv);
      expect(code).toBe(2);
      expect(err).toMatch(/^demo: .+\n\(run with --help for usage\)\n$/);
    }
  });

  it('exits 2 for a UsageError and 1 for any other error, printing only the message', async () => {
    const usage = await run([], () => {
      throw new UsageError('--out DIR is required');
    });
    expect(usage).toMatchObject({
      code: 2,
      err: 'demo: --out DIR is required\n(run with --help for usage)\n',
    });
    const failure = await run([], () => Promise.reject(new Error('disk full')));
    expect(failure).toMatchObject({ code: 1, err: 'demo: disk full\n' });
  });

  it('sets the exit code the command returns', async () => {
    expect((await run([], () => 3)).code).toBe(3);
  });
});
