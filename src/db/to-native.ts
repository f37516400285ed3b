import neo4j from 'neo4j-driver';

/**
 * Turns driver values into plain JavaScript: temporal values into ISO strings, nodes into their
 * properties, anything else as it is. The driver already returns integers as numbers
 * (driver.ts: `disableLosslessIntegers`; ids and counts in this service stay far below 2^53),
 * and the statements return dates as strings, so nearly every value is a string, number,
 * boolean, list or map: those are checked first, by their type alone, and cost nothing more.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (Array.isArray(value)) return value.map(toNative);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) {
    const out: Record<string, unknown> = {};
    for (const key in value) out[key] = toNative((value as Record<string, unknown>)[key]);
    return out;
  }
  return driverValue(value);
}

/** The rare values that are driver objects: integers (if lossless), temporals, graph parts. */
function driverValue(value: object): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toNative(value.properties);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toNative(inner);
  return out;
}
