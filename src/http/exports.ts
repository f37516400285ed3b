import express, { type Router } from 'express';

import type { OpenData } from '../opendata/open-data';
import { siteOf, streamDownload } from './open-data-response';

/**
 * Downloads: /export/predictions.csv and .json, /export/claims.csv and .json (JSON lines), with
 * the filters of the GraphQL fields as query parameters (docs/open-data.md). Accepted claims
 * only, as every public read.
 */
export function exportRouter(openData: OpenData): Router {
  const router = express.Router();
  for (const format of ['csv', 'json'] as const) {
    router.get(`/export/predictions.${format}`, (req, res) =>
      streamDownload(
        req,
        res,
        () => openData.predictions(req.query, siteOf(req)),
        format,
        `predictions.${format === 'csv' ? 'csv' : 'jsonl'}`,
      ),
    );
    router.get(`/export/claims.${format}`, (req, res) =>
      streamDownload(
        req,
        res,
        () => openData.claims(req.query, siteOf(req)),
        format,
        `claims.${format === 'csv' ? 'csv' : 'jsonl'}`,
      ),
    );
  }
  return router;
}
