import express, { type Request, type Response, type Router } from 'express';

import { ANNO_PROFILE, type OpenData } from '../opendata/open-data';
import { PUBLIC_CACHE, sendError, siteOf } from './open-data-response';

const FORMATS = ['application/ld+json', 'application/json', 'text/html'];

/**
 * W3C Web Annotations (docs/open-data.md): /annotations/<claim key or id> is one accepted claim,
 * /annotations?episode=KEY the episode's claims as an AnnotationCollection with paged
 * AnnotationPages, /turns/<turn key> the text the selectors count in. Clients asking for JSON-LD
 * (or JSON, or anything) get JSON-LD with the anno.jsonld profile; a browser asking for HTML is
 * sent to the dashboard page that shows the same claim or episode.
 */
export function annotationRouter(openData: OpenData): Router {
  const router = express.Router();
  router.get('/annotations/:id', (req, res) =>
    answer(req, res, async () => {
      const annotation = await openData.annotation(req.params.id ?? '', siteOf(req));
      return { body: annotation, page: annotation.target.scope };
    }),
  );
  router.get('/annotations', (req, res) =>
    answer(req, res, async () => {
      const body = await openData.annotations(req.query, siteOf(req));
      const episode = typeof req.query.episode === 'string' ? req.query.episode : '';
      return { body, page: siteOf(req).episode(episode) };
    }),
  );
  router.get('/turns/:id', async (req, res) => {
    try {
      const turn = await openData.turn(req.params.id ?? '');
      res.setHeader('cache-control', PUBLIC_CACHE);
      res.type('text/plain; charset=utf-8').send(turn.text);
    } catch (error) {
      sendError(req, res, error);
    }
  });
  return router;
}

async function answer(
  req: Request,
  res: Response,
  read: () => Promise<{ body: unknown; page: string }>,
): Promise<void> {
  res.vary('accept');
  const wanted = req.accepts(FORMATS);
  if (wanted === false) {
    res.status(406).json({
      errors: [
        {
          message: `this address answers ${FORMATS.join(', ')}`,
          extensions: { code: 'NOT_ACCEPTABLE' },
        },
      ],
    });
    return;
  }
  try {
    const { body, page } = await read();
    if (wanted === 'text/html') {
      res.redirect(303, page);
      return;
    }
    res.setHeader('cache-control', PUBLIC_CACHE);
    res.setHeader('content-type', ANNO_PROFILE);
    res.send(JSON.stringify(body));
  } catch (error) {
    sendError(req, res, error);
  }
}
