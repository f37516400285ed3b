/**
 * The HTTP conventions browsers and caches rely on: CORS (with CSRF prevention still on),
 * compression, ETags, cache hints, and a body limit that closes the connection.
 */
import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';

import type { RunningApp } from '../support/http';
import { seededApp } from '../support/seeded-app';

const DASHBOARD_ORIGIN = 'http://localhost:3000';
const EPISODES = '{ claims(first: 40) { edges { node { quote paraphrase } } } }';

const running = seededApp({ app: { corsOrigins: [DASHBOARD_ORIGIN] } });

describe('http: CORS, compression, caching, body limit', () => {
  let closed: RunningApp;

  beforeAll(async () => {
    closed = await running.startApp('test');
  });

  describe('CORS', () => {
    const preflight = (url: string, origin: string) =>
      fetch(url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });

    it('answers a preflight from a listed origin before the CSRF check', async () => {
      const response = await preflight(running.url, DASHBOARD_ORIGIN);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(DASHBOARD_ORIGIN);
      expect(response.headers.get('access-control-allow-methods')).toContain('POST');
      expect(response.headers.get('access-control-allow-headers')).toContain('content-type');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('grants nothing to an origin that is not listed, or when none is', async () => {
      for (const url of [running.url, closed.url]) {
        const response = await preflight(url, 'http://evil.example');
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
      }
      const none = await preflight(closed.url, DASHBOARD_ORIGIN);
      expect(none.status).toBe(204);
      expect(none.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('marks answers to a listed origin and still refuses simple cross-site GETs (CSRF)', async () => {
      const query = encodeURIComponent('{ health { ok } }');
      const allowed = await fetch(`${running.url}?query=${query}`, {
        headers: { origin: DASHBOARD_ORIGIN, 'apollo-require-preflight': 'true' },
      });
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(DASHBOARD_ORIGIN);
      // Cacheable answers differ by origin: caches must key them on it.
      const episodes = encodeURIComponent('{ episodes { key } }');
      const origins: Record<string, string>[] = [{ origin: DASHBOARD_ORIGIN }, {}];
      for (const origin of origins) {
        const cacheable = await fetch(`${running.url}?query=${episodes}`, {
          headers: { 'apollo-require-preflight': 'true', ...origin },
        });
        expect(cacheable.headers.get('cache-control')).toBe('max-age=60, public');
        expect(cacheable.headers.get('vary')).toContain('Origin');
      }

      const simple = await fetch(`${running.url}?query=${query}`, {
        headers: { origin: DASHBOARD_ORIGIN },
      });
      expect(simple.status).toBe(400);
      expect(await simple.text()).toContain('Cross-Site Request Forgery');
    });
  });

  describe('compression', () => {
    it.each([
      ['gzip', (body: Buffer) => zlib.gunzipSync(body)],
      ['br', (body: Buffer) => zlib.brotliDecompressSync(body)],
    ] as const)('compresses a large answer with %s', async (encoding, decode) => {
      const response = await rawPost(running.url, EPISODES, { 'accept-encoding': encoding });
      expect(response.headers['content-encoding']).toBe(encoding);
      const text = decode(response.body).toString('utf8');
      expect(text.length).toBeGreaterThan(1024);
      expect(response.body.length).toBeLessThan(text.length / 2);
      expect(JSON.parse(text)).toHaveProperty('data.claims.edges');
    });

    it('leaves a small answer alone', async () => {
      const response = await rawPost(running.url, '{ health { ok } }', {
        'accept-encoding': 'gzip, br',
      });
      expect(response.headers['content-encoding']).toBeUndefined();
    });
  });

  describe('caching', () => {
    const get = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${running.url}?query=${encodeURIComponent(query)}`, {
        headers: { 'apollo-require-preflight': 'true', ...headers },
      });

    it('gives a GET query an ETag and answers 304 when it still matches', async () => {
      // node:http, not fetch: fetch adds cache-control: no-cache to any conditional request.
      const path = `${running.url}?query=${encodeURIComponent(EPISODES)}`;
      const first = await rawGet(path, {});
      expect(first.status).toBe(200);
      const etag = first.headers.etag;
      expect(typeof etag).toBe('string');
      const again = await rawGet(path, { 'if-none-match': String(etag) });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      const other = await rawGet(path, { 'if-none-match': '"stale"' });
      expect(other.status).toBe(200);
    });

    it('marks public reads cacheable and anything with Authorization no-store', async () => {
      const query = '{ episodes { title } }';
      const anonymous = await get(query);
      expect(anonymous.headers.get('cache-control')).toBe('max-age=60, public');
      const authorized = await get(query, running.editor.headers);
      expect(authorized.status).toBe(200);
      expect(authorized.headers.get('cache-control')).toBe('no-store');
    });

    it('never lets a shared cache keep health or a mutation', async () => {
      const health = await get('{ health { ok } }');
      expect(health.headers.get('cache-control')).toBe('no-store');
      const mutation = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { reopenPrediction(id: "x", note: "n") { id } }' }),
      });
      expect(mutation.headers.get('cache-control')).toBe('no-store');
    });
  });

  describe('body limit', () => {
    it('answers 413 to an oversized body and closes the connection without reading it', async () => {
      const url = new URL(running.url);
      const result = await new Promise<{ head: string; closed: boolean; sent: number }>(
        (resolve, reject) => {
          const socket = net.connect(Number(url.port), url.hostname);
          let head = '';
          let sent = 0;
          const timer = setTimeout(() => {
            socket.destroy();
            resolve({ head, closed: false, sent });
          }, 10_000);
          socket.on('error', () => undefined);
          socket.on('data', (chunk: Buffer) => {
            head += chunk.toString('latin1');
          });
          socket.on('close', () => {
            clearTimeout(timer);
            resolve({ head, closed: true, sent });
          });
          socket.on('connect', () => {
            // Declare 50 MB but send only the headers and a first slice.
            socket.write(
              `POST /graphql HTTP/1.1\r\nhost: ${url.host}\r\ncontent-type: application/json\r\n` +
                `content-length: 50000000\r\n\r\n`,
            );
            sent = 64 * 1024;
            socket.write(Buffer.alloc(sent, 0x20));
          });
          socket.on('timeout', reject);
        },
      );
      expect(result.head).toMatch(/^HTTP\/1\.1 413/);
      expect(result.head.toLowerCase()).toContain('connection: close');
      // The server hung up although 49.9 MB were still to come.
      expect(result.closed).toBe(true);
    });
  });
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A POST whose body is read as bytes, so the test sees the encoding on the wire. */
function rawPost(url: string, query: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}

function rawGet(url: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      url,
      { headers: { 'apollo-require-preflight': 'true', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
  });
}
