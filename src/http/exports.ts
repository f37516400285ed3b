import express, { type Router } from 'express';

import type { OpenData, RawQuery, RecordStream, Site } from '../opendata/open-data';
import { siteOf, streamDownload } from './open-data-response';

type Open = (openData: OpenData, query: RawQuery, site: Site) => Promise<RecordStream>;

/** Each download by name, and what opens it. */
const DOWNLOADS: Record<string, Open> = {
  predictions: (openData, query, site) => openData.predictions(query, site),
  claims: (openData, query, site) => openData.claims(query, site),
  people: (openData, query, site) => openData.people(query, site),
  entities: (openData, query, site) => openData.entities(query, site),
  episodes: (openData, query, site) => openData.episodes(query, site),
};

/**
 * Downloads: /export/<list>.csv (RFC 4180) and /export/<list>.json (JSON lines) for predictions,
 * claims, people, entities and episodes, with the filters of the matching GraphQL field as query
 * parameters (docs/open-data.md). Accepted claims only, as every public read.
 */
export function exportRouter(openData: OpenData): Router {
  const router = express.Router();
  for (const [name, open] of Object.entries(DOWNLOADS)) {
    for (const format of ['csv', 'json'] as const) {
      router.get(`/export/${name}.${format}`, (req, res) =>
        streamDownload(
          req,
          res,
          () => open(openData, req.query, siteOf(req)),
          format,
          `${name}.${format === 'csv' ? 'csv' : 'jsonl'}`,
        ),
      );
    }
  }
  return router;
}
