/** The size and refill rate of one kind of budget. */
export interface BucketSettings {
  /** Points a full bucket holds; 0 turns the budget off. */
  points: number;
  /** Points restored per second; 0 turns the budget off too (a bucket that never refills is a quota). */
  refillPerSecond: number;
}

export interface Spend {
  ok: boolean;
  /** Points left in the bucket after this spend (or, refused, the points there are now). */
  remaining: number;
  /**
   * Refused: whole seconds until the bucket holds enough, or null when it never will (the cost
   * is larger than the whole bucket). Served: null.
   */
  retryAfterSeconds: number | null;
}

interface Level {
  points: number;
  /** When `points` was measured, in the clock's milliseconds. */
  at: number;
}

/** Below this many remembered clients no sweep runs; above, full buckets are forgotten. */
const SWEEP_FLOOR = 10_000;

/**
 * A bucket of points per key, as GitHub's and Shopify's GraphQL APIs meter their clients: each
 * operation spends its cost, and the bucket refills at a steady rate up to its size, so a client
 * may burst up to the size and then goes on at the refill rate. A key that has not spent for a
 * while has a full bucket, which is the same as no entry: full buckets are forgotten when the
 * table grows, so memory is bounded by the clients active within one refill period.
 *
 * Time comes from the injected clock (milliseconds, any origin), so tests move it by hand.
 */
export class LeakyBuckets {
  private readonly levels = new Map<string, Level>();
  private sweepAt = SWEEP_FLOOR;

  constructor(
    readonly settings: Readonly<BucketSettings>,
    private readonly clock: () => number,
  ) {}

  get enabled(): boolean {
    return this.settings.points > 0 && this.settings.refillPerSecond > 0;
  }

  /** The points in `key`'s bucket now. */
  available(key: string): number {
    if (!this.enabled) return Infinity;
    const level = this.levels.get(key);
    if (level === undefined) return this.settings.points;
    return this.refilled(level, this.clock());
  }

  /** What spending `cost` would do now, without spending it. */
  check(key: string, cost: number): Spend {
    const available = this.available(key);
    if (cost <= available)
      return { ok: true, remaining: available - cost, retryAfterSeconds: null };
    const retryAfterSeconds =
      cost > this.settings.points
        ? null
        : Math.max(1, Math.ceil((cost - available) / this.settings.refillPerSecond));
    return { ok: false, remaining: available, retryAfterSeconds };
  }

  /** Spends `cost` from `key`'s bucket if it holds enough; otherwise spends nothing. */
  spend(key: string, cost: number): Spend {
    const outcome = this.check(key, cost);
    if (outcome.ok && this.enabled && cost > 0) {
      this.levels.set(key, { points: outcome.remaining, at: this.clock() });
      if (this.levels.size > this.sweepAt) this.sweep();
    }
    return outcome;
  }

  /** How many clients are remembered (for tests of the sweep). */
  get size(): number {
    return this.levels.size;
  }

  private refilled(level: Level, now: number): number {
    const elapsedSeconds = Math.max(0, now - level.at) / 1000;
    return Math.min(
      this.settings.points,
      level.points + elapsedSeconds * this.settings.refillPerSecond,
    );
  }

  private sweep(): void {
    const now = this.clock();
    for (const [key, level] of this.levels) {
      if (this.refilled(level, now) >= this.settings.points) this.levels.delete(key);
    }
    this.sweepAt = Math.max(SWEEP_FLOOR, this.levels.size * 2);
  }
}
