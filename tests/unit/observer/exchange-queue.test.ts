import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExchangeQueue, MAX_BATCH, MAX_QUEUED } from '../../../lib/observer/exchange-queue';

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
    await tick();
    expect(w.sent).toEqual([[1], [2, 3]]);
    w.answers[1]?.ok();
    await tick();
    q.push(4);
    expect(w.sent).toEqual([[1], [2, 3], [4]]);
  });

  it(`puts at most ${MAX_BATCH} in one message`, async () => {
    const w = fakeWorker();
    const q = createExchangeQueue(w.send, new AbortController().signal);
    for (let i = 0; i < MAX_BATCH + 7; i++) q.push(i);
    w.answers[0]?.ok();
    await tick();
    w.answers[1]?.ok();
    await tick();
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
    w.answers[2]?.fail(); // out of retries: given up, the next batch goes
    await tick();
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
