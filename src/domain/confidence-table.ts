import { CONFIDENCE_BUCKETS, type ConfidenceBucket } from './vocabulary';

/**
 * How sure a speaker sounded, read from the words they used. This table is the one the
 * validator applies and the one seed/README.md prints (a unit test keeps the two equal).
 *
 * A hedge governs only the part of the sentence it qualifies: "programming, mathematics,
 * probably law" hedges law alone. Annotators record the hedges that govern the predicted part;
 * the bucket then follows from the table: with no hedge, the no-hedge bucket; with several, the
 * least confident one (a doubt is not cancelled by an intensifier elsewhere in the sentence).
 */

export interface HedgeClass {
  /** A short name for the row of the table. */
  name: string;
  /** The phrases of this class, lower case, as they are spoken. */
  phrases: readonly string[];
  bucket: ConfidenceBucket;
  /** Why this bucket, in one line. */
  reading: string;
}

export const HEDGE_TABLE: readonly HedgeClass[] = [
  {
    name: 'intensifier',
    phrases: [
      'definitely',
      'certainly',
      'at a minimum',
      'at least',
      'for sure',
      "i'm confident",
      'very likely',
    ],
    bucket: 'almost-certain',
    reading: 'the speaker insists or sets a floor: as sure as a plain statement, or surer',
  },
  {
    name: 'no hedge',
    phrases: [],
    bucket: 'almost-certain',
    reading: 'a plain "will" or present tense about the future commits without reservation',
  },
  {
    name: 'belief',
    phrases: ['i think', 'i believe', 'i expect', 'seems', 'pretty high likelihood', 'likely'],
    bucket: 'likely',
    reading: 'a stated belief or expectation: more likely than not, with room for error',
  },
  {
    name: 'intensified belief',
    phrases: ['i really do think', 'i really think'],
    bucket: 'likely',
    reading:
      'still framed as a belief: the intensifier strengthens the "I think" but does not cancel it',
  },
  {
    name: 'should',
    phrases: ['should'],
    bucket: 'likely',
    reading: 'an expectation the speaker would be surprised to see fail',
  },
  {
    name: 'probably',
    phrases: ['probably'],
    bucket: 'likely',
    reading: 'explicitly probable: about three in four',
  },
  {
    name: "I don't think (negated)",
    phrases: ["i don't think"],
    bucket: 'likely',
    reading:
      '"I don\'t think X" is heard as "I think not X" (neg-raising): record not-X as the prediction',
  },
  {
    name: 'might / could',
    phrases: ['might', 'could', 'maybe', 'perhaps', 'possibly'],
    bucket: 'toss-up',
    reading: 'a possibility, not an expectation: even odds',
  },
  {
    name: 'doubt',
    phrases: ['i doubt', 'unlikely', "probably won't", 'probably not'],
    bucket: 'unlikely',
    reading: 'the speaker leans against it',
  },
];

const NO_HEDGE = HEDGE_TABLE.find((row) => row.phrases.length === 0);

/** The row of the table for one hedge as spoken, or undefined when the table lacks it. */
export function hedgeClassOf(hedge: string): HedgeClass | undefined {
  const wanted = hedge.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[’]/g, "'");
  return HEDGE_TABLE.find((row) => row.phrases.includes(wanted));
}

export type BucketReading =
  { ok: true; bucket: ConfidenceBucket } | { ok: false; unknown: string[] };

/** The bucket the table gives for these hedges: the least confident of them, or no-hedge. */
export function bucketFor(hedges: readonly string[]): BucketReading {
  if (hedges.length === 0) return { ok: true, bucket: NO_HEDGE?.bucket ?? 'likely' };
  const unknown = hedges.filter((hedge) => hedgeClassOf(hedge) === undefined);
  if (unknown.length > 0) return { ok: false, unknown };
  const buckets = hedges.map((hedge) => hedgeClassOf(hedge)?.bucket ?? 'likely');
  return {
    ok: true,
    bucket: buckets.reduce((low, next) =>
      CONFIDENCE_BUCKETS[next] < CONFIDENCE_BUCKETS[low] ? next : low,
    ),
  };
}
