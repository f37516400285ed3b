/**
 * JSON-LD for a page's <script type="application/ld+json">. The JSON goes into the script
 * element as HTML, so `<`, `>` and `&` are written as \u escapes: no text from the graph (a quote
 * holding "</script><script>...") can end the element or open a comment, and JSON.parse reads
 * back exactly the same value. U+2028 and U+2029 are escaped too, for parsers that read the
 * text as JavaScript. A data block is not script: the page's CSP (script-src 'self') stays as
 * strict as it is, and the browser runs nothing.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** External ids as links: URLs as they are, and the registries whose ids make a URL. */
const ID_URLS: Record<string, (id: string) => string> = {
  wikidata: (id) => `https://www.wikidata.org/wiki/${encodeURIComponent(id)}`,
  orcid: (id) => `https://orcid.org/${encodeURIComponent(id)}`,
  arxiv: (id) => `https://arxiv.org/abs/${encodeURIComponent(id)}`,
  doi: (id) => `https://doi.org/${id.split('/').map(encodeURIComponent).join('/')}`,
  github: (id) => `https://github.com/${encodeURIComponent(id)}`,
  twitter: (id) => `https://x.com/${encodeURIComponent(id.replace(/^@/, ''))}`,
};

export function sameAsUrls(externalIds: readonly { key: string; value: string }[]): string[] {
  return externalIds.flatMap(({ key, value }) => {
    if (/^https?:\/\//i.test(value)) return [value];
    const build = ID_URLS[key.toLowerCase()];
    return build ? [build(value)] : [];
  });
}

/** Ratings a ClaimReview can carry, worst to best (schema.org Rating, 1 to 3). */
const RATINGS: Record<string, { value: number; name: string }> = {
  INCORRECT: { value: 1, name: 'Incorrect' },
  PARTIALLY_CORRECT: { value: 2, name: 'Partially correct' },
  CORRECT: { value: 3, name: 'Correct' },
};

export interface PredictionForJsonLd {
  key: string;
  quote: string;
  paraphrase: string | null;
  status: string;
  speaker: { key: string; name: string };
  episode: { key: string; title: string; airDate: string };
  about: readonly { key: string; name: string }[];
  resolutions: readonly {
    action: string;
    status: string;
    evidenceUrl: string | null;
    note: string | null;
    resolvedAt: string | null;
    recordedAt: string;
    recordedBy: string;
  }[];
}

/**
 * A prediction as schema.org: a Claim by its speaker, appearing in the episode (a
 * PodcastEpisode); once resolved CORRECT, INCORRECT or PARTIALLY_CORRECT, also a ClaimReview
 * (fact-check markup) rating it, with the evidence it rests on. UNRESOLVABLE rates nothing.
 */
export function predictionJsonLd(p: PredictionForJsonLd, origin: string): object {
  const page = `${origin}/predictions/${encodeURIComponent(p.key)}`;
  const episode = {
    '@type': 'PodcastEpisode',
    '@id': `${origin}/episodes/${encodeURIComponent(p.episode.key)}`,
    url: `${origin}/episodes/${encodeURIComponent(p.episode.key)}`,
    name: p.episode.title,
    datePublished: p.episode.airDate,
  };
  const claim = {
    '@type': 'Claim',
    '@id': `${page}#claim`,
    url: page,
    text: p.quote,
    ...(p.paraphrase ? { description: p.paraphrase } : {}),
    author: {
      '@type': 'Person',
      '@id': `${origin}/people/${encodeURIComponent(p.speaker.key)}`,
      name: p.speaker.name,
    },
    dateCreated: p.episode.airDate,
    appearance: episode,
    firstAppearance: { '@id': episode['@id'] },
    about: p.about.map((entity) => ({
      '@type': 'Thing',
      '@id': `${origin}/entities/${encodeURIComponent(entity.key)}`,
      name: entity.name,
    })),
  };
  const rating = RATINGS[p.status];
  const resolution = [...p.resolutions].reverse().find((r) => r.action === 'RESOLVE');
  if (!rating || !resolution) return { '@context': 'https://schema.org', ...claim };
  const review = {
    '@type': 'ClaimReview',
    '@id': `${page}#review`,
    url: page,
    claimReviewed: p.paraphrase ?? p.quote,
    itemReviewed: { '@id': claim['@id'] },
    author: { '@type': 'Person', name: resolution.recordedBy },
    datePublished: resolution.recordedAt.slice(0, 10),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.value,
      bestRating: 3,
      worstRating: 1,
      alternateName: rating.name,
    },
    ...(resolution.note ? { reviewBody: resolution.note } : {}),
    ...(resolution.evidenceUrl ? { isBasedOn: resolution.evidenceUrl } : {}),
  };
  return { '@context': 'https://schema.org', '@graph': [claim, review] };
}

export interface PersonForJsonLd {
  key: string;
  name: string;
  description: string | null;
  externalIds: readonly { key: string; value: string }[];
}

/** A person as schema.org: a Person with sameAs links to their ids elsewhere (Wikidata...). */
export function personJsonLd(person: PersonForJsonLd, origin: string): object {
  const url = `${origin}/people/${encodeURIComponent(person.key)}`;
  const sameAs = sameAsUrls(person.externalIds);
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': url,
    url,
    name: person.name,
    ...(person.description ? { description: person.description } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  };
}
