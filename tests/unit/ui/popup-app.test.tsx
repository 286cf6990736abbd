// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp, readSnapshot } from '../../../entrypoints/popup/app';
import { recordEvent } from '../../../lib/db/events-store';
import { openDb } from '../../../lib/db/schema';
import { ACCOUNT_PICK_KEY, SNAPSHOT_KEY } from '../../../lib/storage/keys';
import { waitFor } from './render';

const A = 'urn:li:fsd_profile:ACoAAAlice';
const B = 'urn:li:fsd_profile:ACoAABob';

let host: HTMLElement | null = null;
afterEach(async () => {
  if (host) {
    render(null, host);
    host.remove();
    host = null;
  }
  localStorage.clear();
  const db = openDb();
  await db.delete();
});

function invitesWeek(root: HTMLElement) {
  return root.querySelector<HTMLElement>('[data-meter="invites"][data-window="week"]');
}

describe('PopupApp', () => {
  it('reads the store, follows it live, and leaves a snapshot for the next open', async () => {
    const writer = openDb();
    const t = Date.now() - 5_000;
    await recordEvent(writer, { key: 'i1', account: A, kind: 'invite', at: t });
    host = document.createElement('div');
    document.body.append(host);
    const root = host;
    render(<PopupApp initial={null} initialNow={new Date()} />, root);
    await waitFor(() => invitesWeek(root)?.dataset.used === '1', 'the first read');

    await recordEvent(writer, { key: 'i2', account: A, kind: 'invite', at: t + 1 });
    await waitFor(() => invitesWeek(root)?.dataset.used === '2', 'the live update');

    const snap = readSnapshot(new Date());
    expect(snap?.account?.account).toBe(A);
    expect(snap?.report.meters.find((m) => m.id === 'invites-week')?.used).toBe(2);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toContain('"pick":null');
    writer.close();
  });

  it('paints the snapshot synchronously on a warm start, before any read', () => {
    // A previous open left a snapshot; this one paints it in the very first render.
    localStorage.setItem(
      SNAPSHOT_KEY,
      JSON.stringify({
        v: 1,
        savedAt: Date.now() - 1000,
        pick: null,
        data: {
          account: { account: A, firstSeenAt: 0, lastSeenAt: 1 },
          accounts: [{ account: A, firstSeenAt: 0, lastSeenAt: 1 }],
          settings: {
            plan: 'free',
            planChosenAt: 0,
            weeklyMode: 'calendar-week',
            overrides: {},
            zones: { warn: 70, red: 90 },
            inmail: { refillDay: 1, expires: null, calibration: null },
            timeZone: null,
            confirmRedSend: true,
          },
          timeZone: 'UTC',
          report: {
            meters: [
              {
                id: 'invites-week',
                kind: 'invites',
                window: 'week',
                used: 42,
                limit: 100,
                remaining: 58,
                zone: 'ok',
                resetsAt: new Date(Date.now() + 86_400_000).toISOString(),
                nextFreeAt: null,
                refusal: null,
                rolling7d: null,
                pressure: 0.42,
              },
            ],
            tightest: null,
            inmail: null,
            noteMaxLength: 200,
            nextChangeAt: new Date(Date.now() + 86_400_000).toISOString(),
          },
        },
      }),
    );
    const now = new Date();
    host = document.createElement('div');
    document.body.append(host);
    render(<PopupApp initial={readSnapshot(now)} initialNow={now} />, host);
    expect(invitesWeek(host)?.dataset).toMatchObject({ used: '42', remaining: '58' });
  });

  it('shows the account picked in localStorage rather than the most recent one', async () => {
    const writer = openDb();
    const t = Date.now() - 60_000;
    await recordEvent(writer, { key: 'a1', account: A, kind: 'invite', at: t });
    await recordEvent(writer, { key: 'b1', account: B, kind: 'invite', at: t + 1000 });
    await recordEvent(writer, { key: 'b2', account: B, kind: 'invite', at: t + 2000 });
    localStorage.setItem(ACCOUNT_PICK_KEY, A);
    host = document.createElement('div');
    document.body.append(host);
    const root = host;
    render(<PopupApp initial={null} initialNow={new Date()} />, root);
    const select = await waitFor(
      () => root.querySelector<HTMLSelectElement>('select[name="account"]'),
      'the picker',
    );
    expect(select.value).toBe(A);
    expect(invitesWeek(root)?.dataset.used).toBe('1');
    writer.close();
  });
});
