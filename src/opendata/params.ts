import { isCalendarDate } from '../domain/dates';
import { GRAPHQL_ENUMS, graphqlEnumName } from '../domain/vocabulary';

/**
 * Query parameters of the open-data routes, read and checked as the GraphQL API reads the
 * same filters: the same names (speaker, statuses, dueBefore, episodeId...), the same enum names
 * (OPEN, ALMOST_CERTAIN), the same limits (200 characters of text, calendar dates as
 * YYYY-MM-DD). Anything wrong is a ParamError naming the parameter; the routes answer it with
 * 400. Lists are given comma-separated or by repeating the parameter (statuses=OPEN,CORRECT).
 */

export class ParamError extends Error {
  override name = 'ParamError';
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** Express's req.query with its default (simple) parser: strings, or arrays when repeated. */
export type RawQuery = Record<string, unknown>;

/** Longest text filter, as the API's (src/resolvers/query.ts). */
export const MAX_TEXT = 200;

type EnumName = keyof typeof GRAPHQL_ENUMS;

export class Params {
  private readonly seen = new Set<string>();

  constructor(private readonly raw: RawQuery) {}

  /** One value, or null when absent or empty. Given twice is a mistake, not a list. */
  text(name: string, max = MAX_TEXT): string | null {
    this.seen.add(name);
    const value = this.raw[name];
    if (value === undefined) return null;
    if (typeof value !== 'string') {
      throw new ParamError(name, `${name} is given more than once; give it once`);
    }
    const trimmed = value.trim();
    if (trimmed === '') return null;
    if (trimmed.length > max) {
      throw new ParamError(name, `${name} is longer than ${max} characters`);
    }
    return trimmed;
  }

  date(name: string): string | null {
    const value = this.text(name);
    if (value !== null && !isCalendarDate(value)) {
      throw new ParamError(
        name,
        `${name} must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`,
      );
    }
    return value;
  }

  boolean(name: string): boolean | null {
    const value = this.text(name);
    if (value === null) return null;
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw new ParamError(name, `${name} must be true or false, got ${JSON.stringify(value)}`);
  }

  integer(name: string, min: number, max: number): number | null {
    const value = this.text(name);
    if (value === null) return null;
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > max) {
      throw new ParamError(name, `${name} must be a whole number from ${min} to ${max}`);
    }
    return number;
  }

  /** One of `choices`, by name. */
  choice<T extends string>(name: string, choices: readonly T[]): T | null {
    const value = this.text(name);
    if (value === null) return null;
    const found = choices.find((choice) => choice === value);
    if (found === undefined) {
      throw new ParamError(name, `${name} must be one of ${choices.join(', ')}, got ${value}`);
    }
    return found;
  }

  /** GraphQL enum names (OPEN, ALMOST_CERTAIN) → the values the graph stores; null if none. */
  enumList<E extends EnumName>(
    name: string,
    enumName: E,
  ): (typeof GRAPHQL_ENUMS)[E][number][] | null {
    this.seen.add(name);
    const value = this.raw[name];
    if (value === undefined) return null;
    const given = (Array.isArray(value) ? value : [value])
      .flatMap((item) => (typeof item === 'string' ? item.split(',') : []))
      .map((item) => item.trim())
      .filter((item) => item !== '');
    if (given.length === 0) return null;
    const stored: readonly (typeof GRAPHQL_ENUMS)[E][number][] = GRAPHQL_ENUMS[enumName];
    return given.map((item) => {
      const match = stored.find((value) => graphqlEnumName(value) === item);
      if (match === undefined) {
        throw new ParamError(
          name,
          `${name}: ${item} is not a ${enumName}; use ${stored.map(graphqlEnumName).join(', ')}`,
        );
      }
      return match;
    });
  }

  /** Refuses parameters nobody read, so a misspelt filter is not silently ignored. */
  finish(): void {
    const unknown = Object.keys(this.raw).filter((name) => !this.seen.has(name));
    if (unknown.length > 0) {
      const [first = ''] = unknown;
      throw new ParamError(
        first,
        `unknown parameter ${unknown.join(', ')}; this address takes ${[...this.seen].join(', ')}`,
      );
    }
  }
}
