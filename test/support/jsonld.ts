import { readFileSync } from 'node:fs';
import path from 'node:path';

import jsonld from 'jsonld';

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
export async function localLoader(url: string) {
  const file = CONTEXTS[url];
  if (file === undefined) throw new Error(`test document loader: no local copy of ${url}`);
  return Promise.resolve({
    contextUrl: undefined,
    documentUrl: url,
    document: JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as object,
  });
}

/** JSON-LD expansion of a document, contexts served locally. */
export function expand(document: object): Promise<jsonld.JsonLdDocument[]> {
  return jsonld.expand(document as jsonld.JsonLdDocument, {
    documentLoader: localLoader as never,
  }) as Promise<jsonld.JsonLdDocument[]>;
}
