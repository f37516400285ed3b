import { parseArgs } from 'node:util';

/** One option of a command, as `node:util` parseArgs takes it, plus the words for --help. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** One line for --help. */
  description: string;
  /** The placeholder shown after a string option in --help (`--out DIR`). */
  valueName?: string;
  default?: string | boolean;
}

export interface CommandSpec<Options extends Record<string, OptionSpec>> {
  /** How the user runs it: `npm run seed --`. */
  usage: string;
  /** What it does, a paragraph or two. */
  description: string;
  options: Options;
  /** Positional arguments: what they are (for --help) and how many are allowed. */
  positionals?: { name: string; min?: number; max?: number };
  /** More text after the options: environment variables, examples. */
  epilogue?: string;
}

type Values<Options extends Record<string, OptionSpec>> = {
  [K in keyof Options]: Options[K]['type'] extends 'boolean'
    ? boolean | undefined
    : Options[K]['multiple'] extends true
      ? string[] | undefined
      : string | undefined;
};

export interface Invocation<Options extends Record<string, OptionSpec>> {
  values: Values<Options>;
  positionals: string[];
}

/** A mistake in how the command was called: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Parses argv with `node:util` parseArgs (strict: unknown options are errors), answers --help
 * from the spec, and runs `main`. A UsageError exits 2 with a hint; any other error exits 1
 * with its message (its stack only when DEBUG is set), so no command prints a raw stack trace
 * for a user's mistake.
 */
export async function runCommand<Options extends Record<string, OptionSpec>>(
  spec: CommandSpec<Options>,
  main: (invocation: Invocation<Options>) => Promise<number | void> | number | void,
  argv: string[] = process.argv.slice(2),
): Promise<void> {
  const name = commandName(spec.usage);
  let invocation: Invocation<Options>;
  try {
    const parsed = parse(spec, argv);
    if (parsed === 'help') {
      process.stdout.write(helpText(spec));
      return;
    }
    invocation = parsed;
  } catch (error) {
    process.stderr.write(`${name}: ${messageOf(error)}\n(run with --help for usage)\n`);
    process.exitCode = 2;
    return;
  }
  try {
    const code = await main(invocation);
    if (typeof code === 'number') process.exitCode = code;
  } catch (error) {
    const usage = error instanceof UsageError;
    process.stderr.write(
      `${name}: ${process.env.DEBUG && error instanceof Error ? error.stack : messageOf(error)}\n` +
        (usage ? '(run with --help for usage)\n' : ''),
    );
    process.exitCode = usage ? 2 : 1;
  }
}

function parse<Options extends Record<string, OptionSpec>>(
  spec: CommandSpec<Options>,
  argv: string[],
): Invocation<Options> | 'help' {
  const options: Record<string, Omit<OptionSpec, 'description' | 'valueName'>> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [key, { description: _d, valueName: _v, ...option }] of Object.entries(spec.options)) {
    options[key] = option;
  }
  const { values, positionals } = parseArgs({
    args: argv,
    options,
    allowPositionals: spec.positionals !== undefined,
    strict: true,
  });
  if (values.help === true) return 'help';
  const range = spec.positionals;
  if (range && positionals.length < (range.min ?? 0)) {
    throw new UsageError(`expected ${range.name}`);
  }
  if (range?.max !== undefined && positionals.length > range.max) {
    throw new UsageError(`expected at most ${range.max} ${range.name}, got ${positionals.length}`);
  }
  return { values: values as Values<Options>, positionals };
}

/** The --help text: usage, description, one line per option, then the epilogue. */
export function helpText(spec: CommandSpec<Record<string, OptionSpec>>): string {
  const rows = Object.entries(spec.options).map(([key, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : '    '}--${key}${
      option.type === 'string' ? ` ${option.valueName ?? 'VALUE'}` : ''
    }`;
    const fallback = option.default === undefined ? '' : ` (default ${String(option.default)})`;
    return [flag, `${option.description}${fallback}`] as const;
  });
  rows.push(['-h, --help', 'print this help and exit']);
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  const lines = rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`);
  return [
    `usage: ${spec.usage}`,
    '',
    spec.description.trim(),
    '',
    'options:',
    ...lines,
    ...(spec.epilogue ? ['', spec.epilogue.trim()] : []),
    '',
  ].join('\n');
}

function commandName(usage: string): string {
  const match = /npm (?:run )?(?:-s )?([\w:.-]+)/.exec(usage) ?? /^(\S+)/.exec(usage);
  return match?.[1] ?? 'command';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
