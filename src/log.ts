import pino, { type Logger } from 'pino';
import { prettyFactory } from 'pino-pretty';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogOptions {
  level: LogLevel;
  /** json: one object per line (production, log shippers); pretty: for a person at a terminal. */
  format: 'json' | 'pretty';
  /** Where lines go; stderr by default, so a command's own output keeps stdout to itself. */
  destination?: NodeJS.WritableStream;
}

/**
 * The service's logger. Every line of a request carries its `reqId` (server.ts makes a child
 * per request); components log through children named after them (`{ component: 'neo4j' }`).
 * Pretty output is formatted in-process and synchronously, so a line logged just before
 * process.exit is not lost in a worker thread.
 */
export function createLogger(options: LogOptions): Logger {
  const destination = options.destination ?? process.stderr;
  if (options.format === 'json') {
    return pino({ level: options.level }, destination);
  }
  const format = prettyFactory({
    colorize: destination === process.stderr && process.stderr.isTTY,
    translateTime: 'HH:MM:ss.l',
    ignore: 'pid,hostname',
    singleLine: true,
  });
  return pino(
    { level: options.level },
    { write: (line: string) => destination.write(format(line)) },
  );
}

/** A logger that drops everything: the default for code under test that was given none. */
export const silentLogger: Logger = pino({ level: 'silent' });

/** Adapts a logger to the `(line) => void` sinks that the launcher and the importer report to. */
export function lineSink(logger: Logger, level: 'info' | 'warn' = 'info'): (line: string) => void {
  return (line) => logger[level](line);
}
