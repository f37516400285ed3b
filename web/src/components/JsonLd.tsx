import { jsonLdText } from './json-ld';

/** Structured data for search engines and other readers of the page (see json-ld.ts). */
export function JsonLd({ data }: { data: object }) {
  return (
    <script
      type="application/ld+json"
      data-testid="json-ld"
      // The text is escaped by jsonLdText so it cannot leave the element.
      dangerouslySetInnerHTML={{ __html: jsonLdText(data) }}
    />
  );
}
