/**
 * URLs the dashboard may render as links. Only http(s) is accepted wherever a URL is stored:
 * a `javascript:` or `data:` URL would run in the reader's page when clicked. Browsers ignore
 * leading spaces and control characters and tabs or newlines inside a scheme, so the scheme is
 * read the way they read it.
 */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'file', 'blob']);

/** True when a browser would read `value` as a link with a scheme that runs or reads locally. */
export function hasDangerousScheme(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
  return scheme !== undefined && SCRIPT_SCHEMES.has(scheme);
}

/** External-id keys whose value is a link (homepage, url, website, ...Url). */
export function isUrlKey(key: string): boolean {
  return /^(homepage|url|website|link|source)$/i.test(key) || /Url$/.test(key);
}

/** What is wrong with an external id's value, or null. */
export function externalIdProblem(key: string, value: string): string | null {
  if (hasDangerousScheme(value)) return `"${key}" must not be a script or data URL`;
  if (isUrlKey(key) && !isHttpUrl(value)) return `"${key}" must be an absolute http(s) URL`;
  return null;
}
