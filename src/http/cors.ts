import cors from 'cors';

/**
 * CORS for /graphql. Only the origins listed in CORS_ORIGINS get Access-Control-* headers, so
 * with none listed only pages from the service's own origin can read answers. Preflights are
 * answered here, before Apollo's CSRF check, which stays on for every other request: a
 * preflighted request is by definition not the "simple" request CSRF prevention guards against.
 */
export function corsFor(origins: readonly string[]) {
  return cors({
    // A list (even an empty one) makes every answer carry `Vary: Origin`, so a shared cache
    // never hands one origin's answer to another; '*' needs no Vary.
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'POST', 'OPTIONS'],
    // Reads need no cookies; tokens go in Authorization, which the preflight allows.
    credentials: false,
    exposedHeaders: ['etag'],
    maxAge: 600,
  });
}
