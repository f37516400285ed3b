import cors from 'cors';

/**
 * CORS for /graphql. Only the origins listed in CORS_ORIGINS get Access-Control-* headers, so
 * with none listed only pages from the service's own origin can read answers. Preflights are
 * answered here, before Apollo's CSRF check, which stays on for every other request: a
 * preflighted request is by definition not the "simple" request CSRF prevention guards against.
 */
export function corsFor(origins: readonly string[]) {
  const allowAll = origins.includes('*');
  return cors({
    origin: (origin, callback) => {
      callback(null, origin !== undefined && (allowAll || origins.includes(origin)));
    },
    methods: ['GET', 'POST', 'OPTIONS'],
    // Reads need no cookies; tokens go in Authorization, which the preflight allows.
    credentials: false,
    exposedHeaders: ['etag'],
    maxAge: 600,
  });
}
