import { parse as parseCsv } from 'csv-parse/sync';

import { globalId } from '../../src/ids/global-id';
import { keyOf } from '../../src/opendata/ids';
import { csvText } from '../../src/opendata/formats';
import { Params, ParamError } from '../../src/opendata/params';
import { quoteSelectors } from '../../src/opendata/web-annotation';
import { jsonLdText, predictionJsonLd, sameAsUrls } from '../../web/src/components/json-ld';

describe('global ids in parameters', () => {
  it('reads the ids src/ids/global-id.ts makes, and refuses one of another type', () => {
    expect(
      keyOf(globalId('Person', { key: 'sholto-douglas' }), ['Person', 'Entity'], 'speaker'),
    ).toBe('sholto-douglas');
    expect(keyOf(globalId('Claim', { key: 'c1-x' }), ['Claim', 'Prediction'], 'id')).toBe('c1-x');
    expect(() => keyOf(globalId('Episode', { key: 'e' }), ['Person'], 'speaker')).toThrow(
      'speaker is the id of a Episode, not of a Person',
    );
    expect(keyOf('sholto', ['Person'], 'speaker')).toBe('sholto');
    expect(keyOf('Sholto Douglas', ['Person'], 'speaker')).toBe('Sholto Douglas');
  });
});

describe('parameters', () => {
  it('reads lists both ways, refuses unknown names and repeated single values', () => {
    const params = new Params({ statuses: ['OPEN,CORRECT', 'INCORRECT'], dated: 'true' });
    expect(params.enumList('statuses', 'PredictionStatus')).toEqual([
      'OPEN',
      'CORRECT',
      'INCORRECT',
    ]);
    expect(params.boolean('dated')).toBe(true);
    expect(() => params.finish()).not.toThrow();
    const wrong = new Params({ speaker: ['a', 'b'], colour: 'red' });
    expect(() => wrong.text('speaker')).toThrow(ParamError);
    expect(() => wrong.finish()).toThrow('unknown parameter colour');
  });
});

describe('CSV (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks, and escapes formulas for spreadsheets', () => {
    const records = [
      { a: 'plain', b: 'with, comma' },
      { a: 'say "hi"', b: 'two\nlines' },
      { a: '=HYPERLINK("x")', b: '-5 %' },
    ];
    const text = csvText(records, ['a', 'b'], true);
    expect(text.split('\r\n')[0]).toBe('a,b');
    const parsed = parseCsv<Record<string, string>>(text, { columns: true });
    expect(parsed.slice(0, 2)).toEqual(records.slice(0, 2));
    expect(parsed[2]).toEqual({ a: `'=HYPERLINK("x")`, b: "'-5 %" });
  });
});

describe('Web Annotation selectors', () => {
  it('count in code points, with up to 32 characters of context', () => {
    const text = '🙂 emoji first, then the words we quote, then more';
    const start = text.indexOf('the words');
    const [quote, position] = quoteSelectors(text, start, start + 'the words'.length);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'the words',
      prefix: '🙂 emoji first, then ',
      suffix: ' we quote, then more',
    });
    // The emoji is two UTF-16 units but one character.
    expect(position).toEqual({ type: 'TextPositionSelector', start: start - 1, end: start + 8 });
  });
});

describe('JSON-LD in the pages', () => {
  it('cannot end its script element, and parses back to the same value', () => {
    const hostile = { text: '</script><script>alert(1)</script><!-- & \u2028' };
    const text = jsonLdText(hostile);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });

  it('adds a ClaimReview only once a prediction is rated', () => {
    const base = {
      key: 'p1',
      quote: 'q',
      paraphrase: null,
      speaker: { key: 's', name: 'S' },
      episode: { key: 'e', title: 'E', airDate: '2025-05-22' },
      about: [],
    };
    const resolution = {
      action: 'RESOLVE',
      status: 'CORRECT',
      evidenceUrl: 'https://example.org/e',
      note: null,
      resolvedAt: '2025-06-01',
      recordedAt: '2025-06-02T10:00:00.000Z',
      recordedBy: 'editor',
    };
    const open = predictionJsonLd({ ...base, status: 'OPEN', resolutions: [] }, 'http://x');
    expect(JSON.stringify(open)).not.toContain('ClaimReview');
    const rated = predictionJsonLd(
      { ...base, status: 'CORRECT', resolutions: [resolution] },
      'http://x',
    ) as { '@graph': Record<string, unknown>[] };
    expect(rated['@graph'][1]).toMatchObject({
      '@type': 'ClaimReview',
      reviewRating: { ratingValue: 3, alternateName: 'Correct' },
      isBasedOn: 'https://example.org/e',
      datePublished: '2025-06-02',
    });
    const unresolvable = predictionJsonLd(
      { ...base, status: 'UNRESOLVABLE', resolutions: [{ ...resolution, status: 'UNRESOLVABLE' }] },
      'http://x',
    );
    expect(JSON.stringify(unresolvable)).not.toContain('ClaimReview');
  });

  it('links external ids that make a URL', () => {
    expect(
      sameAsUrls([
        { key: 'wikidata', value: 'Q305177' },
        { key: 'homepage', value: 'https://example.org' },
        { key: 'unknown', value: 'x' },
      ]),
    ).toEqual(['https://www.wikidata.org/wiki/Q305177', 'https://example.org']);
  });
});
