import express, { type Router } from 'express';

import type { OpenData } from '../opendata/open-data';
import { annotationRouter } from './annotations';
import { exportRouter } from './exports';
import { feedRouter } from './feeds';

/** Every open-data route (docs/open-data.md): downloads, annotations, calendar and feed. */
export function openDataRouter(openData: OpenData): Router {
  const router = express.Router();
  router.use(exportRouter(openData), annotationRouter(openData), feedRouter(openData));
  return router;
}
