import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRateLimits, RATE_LIMITS, SlidingWindowLimiter } from '../../../lib/background/rate-limit';

const T0 = Date.parse('2026-11-24T10:00:00Z');

/** How many keys the limiter remembers: its memory, read from the private map (nothing ships for it). */
const tracked = (l: SlidingWindowLimiter) => (l as unknown as { keys: Map<unknown, unknown> }).keys.size;

describe('SlidingWindowLimiter', () => {
  it('accepts up to the limit in a window, then refuses until the oldest leaves the window', () => {
    const l = new SlidingWindowLimiter({ windows: [{ limit: 3, windowMs: 1000 }] });
    expect([T0, T0 + 1, T0 + 2].map((t) => l.allow(7, t))).toEqual([true, true, true]);
    expect(l.allow(7, T0 + 3)).toBe(false);
    expect(l.allow(7, T0 + 999)).toBe(false);
    // The first one (at T0) is out of (T0 + 1000 - 1000, T0 + 1000]: one slot frees up.
    expect(l.allow(7, T0 + 1000)).toBe(true);
    expect(l.allow(7, T0 + 1000)).toBe(false);
    expect(l.allow(7, T0 + 1001)).toBe(true);
    expect(l.allow(7, T0 + 1002)).toBe(true);
    expect(l.allow(7, T0 + 1002)).toBe(false);
  });

  it('does not record refused events: a flood does not extend the block', () => {
    const l = new SlidingWindowLimiter({ windows: [{ limit: 2, windowMs: 1000 }] });
    expect(l.allow(1, T0)).toBe(true);
    expect(l.allow(1, T0)).toBe(true);
    for (let t = T0; t < T0 + 1000; t += 5) expect(l.allow(1, t)).toBe(false);
    expect(l.allow(1, T0 + 1000)).toBe(true);
  });

  it('keeps tabs apart', () => {
    const l = new SlidingWindowLimiter({ windows: [{ limit: 2, windowMs: 1000 }] });
    expect(l.allow(1, T0)).toBe(true);
    expect(l.allow(1, T0)).toBe(true);
    expect(l.allow(1, T0)).toBe(false);
    expect(l.allow(2, T0)).toBe(true);
    expect(l.allow(2, T0)).toBe(true);
    expect(l.allow(2, T0)).toBe(false);
  });

  it('forgets idle tabs, and keeps at most maxKeys', () => {
    const l = new SlidingWindowLimiter({ windows: [{ limit: 5, windowMs: 1000 }], maxKeys: 10 });
    for (let tab = 0; tab < 10; tab++) l.allow(tab, T0);
    expect(tracked(l)).toBe(10);
    // A window later, the next call sweeps every tab with nothing in the last window.
    l.allow(99, T0 + 1000);
    expect(tracked(l)).toBe(1);
    for (let tab = 0; tab < 1000; tab++) l.allow(tab, T0 + 1500);
    expect(tracked(l)).toBe(10);
    l.forget(999);
    expect(tracked(l)).toBe(9);
  });

  it('survives the clock jumping back and refuses a non-finite time', () => {
    const l = new SlidingWindowLimiter({ windows: [{ limit: 2, windowMs: 1000 }] });
    expect(l.allow(1, T0)).toBe(true);
    expect(l.allow(1, T0)).toBe(true);
    expect(l.allow(1, T0 - 10)).toBe(false); // a small step back: still the same burst
    expect(l.allow(1, T0 - 3_600_000)).toBe(true); // an hour back: start over, do not block for an hour
    expect(l.allow(1, Number.NaN)).toBe(false);
    expect(l.allow(1, Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('rejects nonsense limits', () => {
    expect(() => new SlidingWindowLimiter({ windows: [{ limit: 0, windowMs: 1000 }] })).toThrow(RangeError);
    expect(() => new SlidingWindowLimiter({ windows: [{ limit: 1.5, windowMs: 1000 }] })).toThrow(RangeError);
    expect(() => new SlidingWindowLimiter({ windows: [{ limit: 1, windowMs: 0 }] })).toThrow(RangeError);
  });

  it('with two windows, both must have room', () => {
    const l = new SlidingWindowLimiter({
      windows: [
        { limit: 3, windowMs: 1000 },
        { limit: 5, windowMs: 10_000 },
      ],
    });
    expect([0, 1, 2, 3].map((d) => l.allow(1, T0 + d))).toEqual([true, true, true, false]);
    expect([1000, 1001, 1002].map((d) => l.allow(1, T0 + d))).toEqual([true, true, false]);
    expect(l.allow(1, T0 + 5000)).toBe(false); // short window empty, long one full
    expect(l.allow(1, T0 + 10_000)).toBe(true); // the first event left the long window
    expect(() => new SlidingWindowLimiter({ windows: [] })).toThrow(RangeError);
  });

  it('never accepts more than a limit in any window (property, against a naive model)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ limit: fc.integer({ min: 1, max: 6 }), windowMs: fc.integer({ min: 1, max: 80 }) }),
          {
            minLength: 1,
            maxLength: 2,
          },
        ),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 30 })), {
          maxLength: 200,
        }),
        (windows, steps) => {
          const l = new SlidingWindowLimiter({ windows });
          // The model: every key's accepted times.
          const accepted = new Map<number, number[]>();
          let t = T0;
          for (const [tab, dt] of steps) {
            t += dt;
            const log = accepted.get(tab) ?? [];
            const room = windows.every((w) => log.filter((a) => a > t - w.windowMs).length < w.limit);
            const ok = l.allow(tab, t);
            expect(ok).toBe(room);
            if (ok) accepted.set(tab, [...log, t]);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the worker limits', () => {
  it('let a burst of honest traffic through: 200 sends in a second from two tabs, with reads and retries', () => {
    const l = new SlidingWindowLimiter(RATE_LIMITS.exchange);
    let accepted = 0;
    for (let i = 0; i < 200; i++) {
      const t = T0 + i * 5; // 200 in one second
      // Each send comes with a couple of reads (compose option, messaging) and a retry of itself.
      for (let k = 0; k < 4; k++) if (l.allow(i % 2 === 0 ? 11 : 12, t)) accepted++;
    }
    expect(accepted).toBe(800);
  });

  it('let a long busy session through: a send with three reads every 2 s for an hour, in one tab', () => {
    const l = new SlidingWindowLimiter(RATE_LIMITS.exchange);
    let refused = 0;
    for (let t = 0; t < 3_600_000; t += 2000)
      for (let k = 0; k < 4; k++) if (!l.allow(21, T0 + t + k)) refused++;
    expect(refused).toBe(0);
    const nav = new SlidingWindowLimiter(RATE_LIMITS.navigation);
    for (let t = 0; t < 3_600_000; t += 1000) if (!nav.allow(21, T0 + t)) refused++; // a page a second
    expect(refused).toBe(0);
  });

  it('bound a hostile tab, without touching other tabs', () => {
    const l = new SlidingWindowLimiter(RATE_LIMITS.exchange);
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) if (l.allow(13, T0 + i * 0.5)) accepted++; // 20,000 in 10 s
    expect(accepted).toBe(1000);
    expect(l.allow(14, T0 + 9_999)).toBe(true);
    // Flooding for 10 minutes gets it 6,000 in all: 10 a second on average.
    for (let i = 20_000; i < 1_200_000; i++) if (l.allow(13, T0 + i * 0.5)) accepted++;
    expect(accepted).toBe(6000);
    // Ten minutes after its first report the tab reports again.
    expect(l.allow(13, T0 + 600_000)).toBe(true);
  });

  it('navigation: 50 per tab per 10 s, apart from exchanges; a closed tab starts afresh', () => {
    const limits = createRateLimits(); // a fresh worker's
    const tab = 7;
    let accepted = 0;
    for (let i = 0; i < 200; i++) if (limits.allow('navigation', tab, T0 + i)) accepted++;
    expect(accepted).toBe(50);
    expect(limits.allow('navigation', tab, T0 + 200)).toBe(false);
    expect(limits.allow('exchange', tab, T0 + 200)).toBe(true);
    expect(limits.allow('navigation', tab + 1, T0 + 200)).toBe(true);
    limits.forget(tab);
    expect(limits.allow('navigation', tab, T0 + 201)).toBe(true);
    expect(limits.allow('navigation', tab, T0 + 10_000)).toBe(true);
  });
});
