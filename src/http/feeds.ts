import express, { type Request, type Response, type Router } from 'express';

import type { OpenData, RawQuery, Site } from '../opendata/open-data';
import { PUBLIC_CACHE, sendError, siteOf } from './open-data-response';

/**
 * Feeds to subscribe to: /calendar/predictions.ics (RFC 5545, one all-day event per dated
 * prediction on its deadline) and /feeds/predictions.atom (RFC 4287, predictions made and
 * resolved). Both take filters as query parameters (docs/open-data.md).
 */
export function feedRouter(openData: OpenData): Router {
  const router = express.Router();
  router.get('/calendar/predictions.ics', (req, res) =>
    send(req, res, 'text/calendar; charset=utf-8', (query, site) => openData.calendar(query, site)),
  );
  router.get('/feeds/predictions.atom', (req, res) =>
    send(req, res, 'application/atom+xml; charset=utf-8', (query, site) =>
      openData.feed(query, site),
    ),
  );
  return router;
}

async function send(
  req: Request,
  res: Response,
  type: string,
  build: (query: RawQuery, site: Site) => Promise<string>,
): Promise<void> {
  try {
    const body = await build(req.query, siteOf(req));
    res.setHeader('cache-control', PUBLIC_CACHE);
    res.type(type).send(body);
  } catch (error) {
    sendError(req, res, error);
  }
}
