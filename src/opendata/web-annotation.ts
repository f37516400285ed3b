import type { AnnotationContextModel, ProvenanceModel } from '../db/opendata/opendata-repository';
import type { ClaimModel } from '../db/shared/models';
import { graphqlEnumName } from '../domain/vocabulary';
import { annotationProvenance } from './annotation-provenance';
import type { Site } from './site';

/**
 * A claim as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/): the passage of the
 * turn it rests on is the target, what it says the body. Selectors count in the turn's text as
 * /turns/<key> serves it: TextPositionSelector in Unicode code points, as the model asks (the
 * graph keeps UTF-16 offsets, converted here), TextQuoteSelector with up to 32 characters of
 * context either side, as Hypothesis writes them.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const ANNO_PROFILE = `application/ld+json; profile="${ANNO_CONTEXT}"`;
const CONTEXT_CHARS = 32;

export interface AnnotationInput {
  claim: ClaimModel;
  context: AnnotationContextModel;
  provenance: ProvenanceModel | null;
}

/** Code points in a string (an emoji is one, not two UTF-16 units). */
function codePoints(text: string): number {
  return [...text].length;
}

export function quoteSelectors(text: string, start: number, end: number) {
  const before = [...text.slice(0, start)];
  const after = [...text.slice(end)];
  const exact = text.slice(start, end);
  const startPoint = codePoints(text.slice(0, start));
  return [
    {
      type: 'TextQuoteSelector',
      exact,
      prefix: before.slice(-CONTEXT_CHARS).join(''),
      suffix: after.slice(0, CONTEXT_CHARS).join(''),
    },
    { type: 'TextPositionSelector', start: startPoint, end: startPoint + codePoints(exact) },
  ];
}

function bodies({ claim, context }: AnnotationInput, site: Site) {
  return [
    ...(claim.paraphrase
      ? [
          {
            type: 'TextualBody',
            purpose: 'describing',
            value: claim.paraphrase,
            format: 'text/plain',
            language: 'en',
          },
        ]
      : []),
    { type: 'TextualBody', purpose: 'tagging', value: graphqlEnumName(claim.kind) },
    ...claim.topics.map((topic) => ({ type: 'TextualBody', purpose: 'tagging', value: topic })),
    ...context.about.map((entity) => ({
      type: 'SpecificResource',
      purpose: 'identifying',
      source: site.entity(entity.id),
    })),
  ];
}

/** One annotation, without @context when it sits inside a page or collection. */
export function annotationOf(input: AnnotationInput, site: Site, withContext = true) {
  const { claim, context } = input;
  const { creator, created, modified } = annotationProvenance(input.provenance);
  return {
    ...(withContext ? { '@context': ANNO_CONTEXT } : {}),
    id: site.annotation(claim.id),
    type: 'Annotation',
    motivation: 'describing',
    ...(created ? { created } : {}),
    ...(modified ? { modified } : {}),
    creator,
    generator: { id: site.path('/'), type: 'Software', name: 'claimgraph' },
    body: bodies(input, site),
    target: {
      type: 'SpecificResource',
      source: site.turn(claim.turnId),
      scope: claim.isPrediction ? site.prediction(claim.id) : site.episode(claim.episodeId),
      selector: quoteSelectors(context.turnText, claim.start, claim.end),
    },
  };
}

export interface PageLinks {
  id: string;
  next: string | null;
  prev: string | null;
}

export interface CollectionInfo {
  id: string;
  label: string;
  total: number;
  first: string;
  last: string;
}

/** An AnnotationPage; inside its collection (embedded as `first`) it carries no @context. */
export function annotationPageOf(
  items: AnnotationInput[],
  links: PageLinks,
  collection: CollectionInfo,
  site: Site,
  withContext = true,
) {
  return {
    ...(withContext ? { '@context': ANNO_CONTEXT } : {}),
    id: links.id,
    type: 'AnnotationPage',
    partOf: withContext
      ? { id: collection.id, label: collection.label, total: collection.total }
      : collection.id,
    ...(links.next ? { next: links.next } : {}),
    ...(links.prev ? { prev: links.prev } : {}),
    items: items.map((item) => annotationOf(item, site, false)),
  };
}

/** An AnnotationCollection with its first page embedded, as the Web Annotation Protocol does. */
export function annotationCollectionOf(
  collection: CollectionInfo,
  firstPage: ReturnType<typeof annotationPageOf> | null,
) {
  return {
    '@context': ANNO_CONTEXT,
    id: collection.id,
    type: 'AnnotationCollection',
    label: collection.label,
    total: collection.total,
    ...(firstPage ? { first: firstPage, last: collection.last } : {}),
  };
}
