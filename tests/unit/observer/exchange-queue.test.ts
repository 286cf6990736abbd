import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BURST_GAP_MS,
  createExchangeQueue,
  MAX_BATCH,
  MAX_QUEUED,
} from '../../../lib/observer/exchange-queue';

/** A fake worker: records each message, answers when the test says so. */
function fakeWorker() {
  const sent: number[][] = [];
  const answers: { ok: () => void; fail: () => void }[] = [];
  const send = (batch: number[]) => {
    sent.push(batch);
    return new Promise<void>((ok, fail) => answers.push({ ok, fail: () => fail(new Error('worker gone')) }));
  };
  return { sent, answers, send };
}

const tick = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('exchange queue', () => {
  it('sends a lone exchange at once, and what arrives while a message is in flight in the next one, in order', async () => {
    const w = fakeWorker();
    const q = createExchangeQueue(w.send, new AbortController().signal);
    q.push(1);
    expect(w.sent).toEqual([[1]]);
    q.push(2);
    q.push(3);
    expect(w.sent).toHaveLength(1); // one in flight at a time
    w.answers[0]?.ok();
    await vi.advanceTimersByTimeAsync(BURST_GAP_MS);
    expect(w.sent).toEqual([[1], [2, 3]]);
    w.answers[1]?.ok();
    await tick();
    q.push(4); // nothing was waiting when the answer came: no burst, it goes at once
    expect(w.sent).toEqual([[1], [2, 3], [4]]);
  });

  it(`in a burst, sends a message at most once per ${BURST_GAP_MS} ms; after it, at once again`, async () => {
    const w = fakeWorker();
    const q = createExchangeQueue(w.send, new AbortController().signal);
    q.push(1);
    await vi.advanceTimersByTimeAsync(50);
    q.push(2); // arrives while 1 is in flight
    w.answers[0]?.ok();
    await vi.advanceTimersByTimeAsync(BURST_GAP_MS - 51);
    q.push(3);
    expect(w.sent).toEqual([[1]]); // a gap after the first message's departure
    await vi.advanceTimersByTimeAsync(1);
    expect(w.sent).toEqual([[1], [2, 3]]);
    // Answered at once, with nothing waiting: the burst is over.
    w.answers[1]?.ok();
    await tick();
    q.push(4);
    expect(w.sent).toEqual([[1], [2, 3], [4]]);
  });

  it('settle: sends what waits without a gap and resolves once all of it is answered', async () => {
    const w = fakeWorker();
    const q = createExchangeQueue(w.send, new AbortController().signal);
    let settled = false;
    await q.settle(); // nothing pushed: at once
    q.push(1);
    q.push(2);
    w.answers[0]?.ok();
    await tick(); // 2 now waits out the burst gap
    expect(w.sent).toEqual([[1]]);
    void q.settle().then(() => {
      settled = true;
    });
    await tick();
    expect(w.sent).toEqual([[1], [2]]); // the gap cut short
    q.push(3); // in flight meanwhile: it goes right after, still without a gap
    w.answers[1]?.ok();
    await tick();
    expect(w.sent).toEqual([[1], [2], [3]]);
    expect(settled).toBe(false);
    w.answers[2]?.ok();
    await tick();
    expect(settled).toBe(true);
    // Settled: the next burst has its gaps again.
    q.push(4);
    q.push(5);
    w.answers[3]?.ok();
    await tick();
    expect(w.sent).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(BURST_GAP_MS);
    expect(w.sent).toEqual([[1], [2], [3], [4], [5]]);
  });

  it('a burst never waits longer than the gap, even when the clock moved back', async () => {
    const w = fakeWorker();
    const q = createExchangeQueue(w.send, new AbortController().signal);
    q.push(1);
    q.push(2);
    vi.setSystemTime(Date.now() - 3_600_000);
    w.answers[0]?.ok();
    await tick();
    expect(w.sent).toEqual([[1], [2]]);
  });

  it(`puts at most ${MAX_BATCH} in one message`, async () => {
    const w = fakeWorker();
    const q = createExchangeQueue(w.send, new AbortController().signal);
    for (let i = 0; i < MAX_BATCH + 7; i++) q.push(i);
    w.answers[0]?.ok();
    await tick(); // a full batch waits for no gap
    expect(w.sent.map((b) => b.length)).toEqual([1, MAX_BATCH]);
    w.answers[1]?.ok();
    await tick();
    expect(w.sent).toHaveLength(2); // 6 are not a full batch: they wait out the gap
    await vi.advanceTimersByTimeAsync(BURST_GAP_MS);
    expect(w.sent.map((b) => b.length)).toEqual([1, MAX_BATCH, 6]);
    expect(w.sent.flat()).toEqual(Array.from({ length: MAX_BATCH + 7 }, (_, i) => i));
  });

  it('retries a failed batch after each delay, keeps later ones waiting behind it, then moves on', async () => {
    const w = fakeWorker();
    const q = createExchangeQueue(w.send, new AbortController().signal, [100, 200]);
    q.push(1);
    q.push(2);
    w.answers[0]?.fail();
    await tick();
    expect(w.sent).toEqual([[1]]);
    await vi.advanceTimersByTimeAsync(99);
    expect(w.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.sent).toEqual([[1], [1]]); // the same batch again, not the one behind it
    w.answers[1]?.fail();
    await vi.advanceTimersByTimeAsync(200);
    expect(w.sent).toEqual([[1], [1], [1]]);
    w.answers[2]?.fail(); // out of retries: given up, the next batch goes (a gap after the first try)
    await vi.advanceTimersByTimeAsync(BURST_GAP_MS - 300);
    expect(w.sent).toEqual([[1], [1], [1], [2]]);
  });

  it('a batch answered after a retry is not sent again', async () => {
    const w = fakeWorker();
    const q = createExchangeQueue(w.send, new AbortController().signal, [100]);
    q.push(1);
    w.answers[0]?.fail();
    await vi.advanceTimersByTimeAsync(100);
    w.answers[1]?.ok();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(w.sent).toEqual([[1], [1]]);
  });

  it('flush sends everything waiting at once, without waiting for the message in flight', () => {
    const w = fakeWorker();
    const q = createExchangeQueue(w.send, new AbortController().signal);
    for (let i = 0; i < MAX_BATCH + 3; i++) q.push(i);
    expect(w.sent).toHaveLength(1);
    q.flush();
    expect(w.sent.map((b) => b.length)).toEqual([1, MAX_BATCH, 2]);
    q.flush();
    expect(w.sent).toHaveLength(3);
  });

  it('a flush whose message fails does not throw', async () => {
    const w = fakeWorker();
    const q = createExchangeQueue(w.send, new AbortController().signal);
    q.push(1);
    q.push(2);
    q.flush();
    for (const a of w.answers) a.fail();
    await tick();
    expect(w.sent).toEqual([[1], [2]]);
  });

  it(`drops what arrives while ${MAX_QUEUED} are waiting (a flood), and takes again once they left`, async () => {
    const w = fakeWorker();
    const q = createExchangeQueue(w.send, new AbortController().signal);
    q.push(-1); // in flight
    for (let i = 0; i < MAX_QUEUED; i++) expect(q.push(i)).toBe(true);
    expect(q.push(MAX_QUEUED)).toBe(false);
    w.answers[0]?.ok();
    await tick();
    expect(q.push(MAX_QUEUED + 1)).toBe(true);
  });

  it('sends nothing more once its content script is invalidated', async () => {
    const w = fakeWorker();
    const stop = new AbortController();
    const q = createExchangeQueue(w.send, stop.signal, [100]);
    q.push(1);
    q.push(2);
    stop.abort();
    w.answers[0]?.fail();
    await vi.advanceTimersByTimeAsync(1000);
    q.push(3);
    expect(w.sent).toEqual([[1]]);
  });
});
