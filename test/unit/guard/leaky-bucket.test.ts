import { LeakyBuckets } from '../../../src/guard/leaky-bucket';

describe('LeakyBuckets', () => {
  let now = 0;
  const clock = (): number => now;
  beforeEach(() => {
    now = 1_000;
  });

  it('lets a client burst up to the size, then refuses with the seconds until it can pay', () => {
    const buckets = new LeakyBuckets({ points: 100, refillPerSecond: 10 }, clock);
    expect(buckets.spend('a', 60)).toEqual({ ok: true, remaining: 40, retryAfterSeconds: null });
    expect(buckets.spend('a', 40)).toEqual({ ok: true, remaining: 0, retryAfterSeconds: null });
    // 25 points at 10 a second: 2.5 s, rounded up.
    expect(buckets.spend('a', 25)).toEqual({ ok: false, remaining: 0, retryAfterSeconds: 3 });
    // Another key has its own bucket.
    expect(buckets.spend('b', 100).ok).toBe(true);
  });

  it('refills at the rate, up to the size and no further', () => {
    const buckets = new LeakyBuckets({ points: 100, refillPerSecond: 10 }, clock);
    buckets.spend('a', 100);
    now += 2_500;
    expect(buckets.available('a')).toBe(25);
    expect(buckets.spend('a', 25).ok).toBe(true);
    now += 60_000;
    expect(buckets.available('a')).toBe(100);
  });

  it('spends nothing when it refuses', () => {
    const buckets = new LeakyBuckets({ points: 100, refillPerSecond: 10 }, clock);
    buckets.spend('a', 90);
    expect(buckets.spend('a', 20).ok).toBe(false);
    expect(buckets.available('a')).toBe(10);
  });

  it('says a cost above the whole bucket can never be paid', () => {
    const buckets = new LeakyBuckets({ points: 100, refillPerSecond: 10 }, clock);
    expect(buckets.spend('a', 101)).toEqual({ ok: false, remaining: 100, retryAfterSeconds: null });
  });

  it.each([
    [0, 10],
    [100, 0],
  ])('is off with %d points and %d a second: everything is served', (points, refill) => {
    const buckets = new LeakyBuckets({ points, refillPerSecond: refill }, clock);
    expect(buckets.enabled).toBe(false);
    for (let i = 0; i < 1000; i += 1) expect(buckets.spend('a', 1_000_000).ok).toBe(true);
    expect(buckets.size).toBe(0);
  });

  it('forgets clients whose buckets are full again once the table grows', () => {
    const buckets = new LeakyBuckets({ points: 100, refillPerSecond: 100 }, clock);
    for (let i = 0; i < 10_000; i += 1) buckets.spend(`old-${i}`, 50);
    expect(buckets.size).toBe(10_000);
    now += 1_000; // every old bucket is full again
    buckets.spend('new-1', 50);
    buckets.spend('new-2', 50);
    expect(buckets.size).toBeLessThanOrEqual(2);
    expect(buckets.available('old-1')).toBe(100);
  });
});
