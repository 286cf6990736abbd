// The content script's side of the warning: the worker's facts, checked, become the warnings for
// the composer at hand.
import { describe, expect, it, vi } from 'vitest';
import { askSendWarnings, warningsFrom } from '../../../entrypoints/linkedin.content/ask-warnings';
import type { WarningMeter } from '../../../lib/domain/send-warnings';
import { sendMessage } from '../../../lib/messaging';

vi.mock('../../../lib/messaging', () => ({ sendMessage: vi.fn() }));

const meter = (over: Partial<WarningMeter> = {}): WarningMeter => ({
  id: 'invites-week',
  zone: 'red',
  used: 93,
  limit: 100,
  remaining: 7,
  resetsAt: Date.UTC(2030, 0, 7),
  nextFreeAt: null,
  refusalCode: null,
  ...over,
});
const answer = (meters: unknown[], over: object = {}) => ({
  facts: { meters, noteMaxLength: 300 },
  confirm: true,
  timeZone: 'Europe/Paris',
  ...over,
});

describe('warnings from the worker’s facts', () => {
  it('warns the invite composer about invites, the message composer about messages', () => {
    const facts = answer([meter(), meter({ id: 'messages-day', zone: 'warn', used: 18, limit: 25 })]);
    expect(warningsFrom(facts, { surface: 'invite' })).toEqual({
      warnings: [
        {
          meter: 'invites-week',
          zone: 'red',
          used: 93,
          limit: 100,
          remaining: 7,
          resetsAt: Date.UTC(2030, 0, 7),
          nextFreeAt: null,
          refusalCode: null,
          reason: 'zone',
        },
      ],
      confirm: true,
      timeZone: 'Europe/Paris',
    });
    expect(warningsFrom(facts, { surface: 'message' })?.warnings.map((w) => [w.meter, w.zone])).toEqual([
      ['messages-day', 'warn'],
    ]);
  });

  it('warns about a note longer than the plan allows, with the length being typed', () => {
    const w = warningsFrom(answer([meter({ zone: 'ok', used: 3 })]), { surface: 'invite', noteLength: 301 });
    expect(w?.warnings.map((x) => [x.reason, x.used, x.limit])).toEqual([['note-too-long', 301, 300]]);
  });

  it('drops meters that do not check out, and refuses an answer without facts', () => {
    const bad = [
      null,
      'x',
      meter({ used: Number.NaN }),
      { ...meter(), limit: '100' },
      { ...meter(), refusalCode: 42 },
      { ...meter(), id: 7 },
      { ...meter(), zone: 3 },
    ];
    expect(warningsFrom(answer([...bad, meter()]), { surface: 'invite' })?.warnings).toHaveLength(1);
    for (const a of [
      null,
      undefined,
      'x',
      {},
      { facts: {} },
      { facts: { meters: [] } },
      { facts: { meters: {} } },
    ])
      expect(warningsFrom(a, { surface: 'invite' }), JSON.stringify(a)).toBeNull();
    // Missing settings fall back to the safe side: confirm in the red.
    expect(warningsFrom({ facts: { meters: [], noteMaxLength: 300 } }, { surface: 'invite' })).toEqual({
      warnings: [],
      confirm: true,
      timeZone: '',
    });
  });

  it('asks the worker for its facts, with nothing from the page', async () => {
    vi.mocked(sendMessage).mockResolvedValue(answer([meter()]) as never);
    const reply = await askSendWarnings({ surface: 'invite', noteLength: 12 });
    expect(sendMessage).toHaveBeenCalledWith('getWarningFacts', undefined);
    expect(reply?.warnings).toHaveLength(1);
  });
});
