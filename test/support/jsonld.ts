import { readFileSync } from 'node:fs';
import path from 'node:path';

import jsonld from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';

const DIR = path.join(__dirname, '..', 'fixtures', 'jsonld');

/** Contexts by the URLs documents name them; sources and licences in test/fixtures/jsonld/README.md. */
const CONTEXTS: Record<string, string> = {
  'http://www.w3.org/ns/anno.jsonld': 'anno.jsonld',
  'https://www.w3.org/ns/anno.jsonld': 'anno.jsonld',
  'https://schema.org': 'schemaorg-excerpt.jsonld',
  'https://schema.org/': 'schemaorg-excerpt.jsonld',
  'http://schema.org': 'schemaorg-excerpt.jsonld',
  'http://schema.org/': 'schemaorg-excerpt.jsonld',
};

/** A document loader with no network: the contexts above, and an error for anything else. */
export function localLoader(url: string): Promise<RemoteDocument> {
  const file = CONTEXTS[url];
  if (file === undefined) {
    return Promise.reject(new Error(`test document loader: no local copy of ${url}`));
  }
  return Promise.resolve({
    documentUrl: url,
    document: JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as RemoteDocument['document'],
  });
}

/** JSON-LD expansion of a document, contexts served locally. */
export async function expand(document: object): Promise<Record<string, unknown>[]> {
  const expanded: unknown = await jsonld.expand(document, { documentLoader: localLoader });
  return expanded as Record<string, unknown>[];
}
