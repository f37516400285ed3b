import type { NextFunction, Request, Response } from 'express';

/**
 * Refuses a body over `max` bytes with 413 and closes the connection, so the server stops
 * reading at once. express.json() enforces the same limit, but it first reads the rest of the
 * request to keep the connection alive; a client sending gigabytes would keep us busy.
 */
export function bodyLimit(max: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (Number(req.headers['content-length'] ?? 0) > max) {
      refuse(req, res, max);
      return;
    }
    // Without a content-length (chunked), count as the body arrives; express.json reads the
    // same chunks, since every 'data' listener sees every chunk.
    let seen = 0;
    const count = (chunk: Buffer): void => {
      seen += chunk.length;
      if (seen > max) {
        req.off('data', count);
        refuse(req, res, max);
      }
    };
    req.on('data', count);
    next();
  };
}

function refuse(req: Request, res: Response, max: number): void {
  if (res.headersSent) return;
  res
    .status(413)
    .set('connection', 'close')
    .json({ error: `request body over ${max} bytes` });
  // Stop reading; the socket closes once the answer is written (Connection: close).
  req.pause();
  req.unpipe();
}
