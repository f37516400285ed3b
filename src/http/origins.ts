/**
 * Whether a WebSocket handshake may proceed, judged by its Origin header: a page of the
 * service's own origin (the Origin's host is the Host the browser asked for), an origin listed
 * in CORS_ORIGINS, or any when `*` is listed, the same origins CORS lets read HTTP answers.
 *
 * Browsers always send Origin on a WebSocket handshake and a page cannot forge it; a handshake
 * without one comes from a program (Node's ws, curl, a native app), which could send any Origin
 * it liked, so refusing it would stop nobody. It is let through: the check keeps other sites'
 * pages from using their visitors' browsers against the API, and the limits and budgets apply
 * to every socket whatever its origin. A `null` origin (a sandboxed frame, a file:// page) is
 * refused unless `*` is listed.
 */
export function socketOriginAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowed: readonly string[],
): boolean {
  if (origin === undefined || origin === '') return true;
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  if (host === undefined) return false;
  try {
    return new URL(origin).host === new URL(`http://${host}`).host;
  } catch {
    return false;
  }
}
