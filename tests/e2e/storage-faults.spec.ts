// IndexedDB failing under Pacer: the badge says "?" instead of stale safe numbers, the popup says
// so plainly, and the observations made meanwhile are kept and written once the store works again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually, launchPacer, type Pacer, storedCounts } from './support/browser';
import { sendInvite } from './support/linkedin-actions';

let pacer: Pacer;
beforeEach(async () => {
  pacer = await launchPacer();
});
afterEach(async () => {
  await pacer.close();
});

describe('storage faults', () => {
  it('fails visibly while IndexedDB cannot open, then writes what it kept', async () => {
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await sendInvite(page);
    await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 1,
    );

    // Another connection takes the database to a newer version and will not let go: Pacer's
    // store stalls (its open is blocked), which must look like a failure, not like a quiet day.
    const blocker = await pacer.extensionPage();
    await blocker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('pacer', 1000);
          open.onupgradeneeded = () => open.result.deleteObjectStore('events');
          open.onsuccess = () => {
            (globalThis as { held?: IDBDatabase }).held = open.result; // kept open, ignores versionchange
            resolve();
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await sendInvite(page);
    await sendInvite(page);
    const badge = await eventually(
      () => pacer.badge(),
      (b) => b.text === '?',
      20_000,
    );
    expect(badge.text).toBe('?');
    expect(badge.title).toMatch(/not saved yet/);
    const popup = await pacer.openPopup();
    const alert = popup.locator('[role="alert"]');
    await alert.first().waitFor();
    expect(await alert.first().textContent()).toMatch(/cannot read its data|could not be saved/);
    expect(await popup.locator('[data-meter][data-used]').count()).toBe(0);

    // The other connection goes away: Pacer's store works again. The next send makes it retry;
    // the kept invites land too, each once.
    await blocker.evaluate(() => (globalThis as { held?: IDBDatabase }).held?.close());
    await sendInvite(page);
    const counts = await eventually(
      () => storedCounts(pacer).catch(() => ({}) as Record<string, number>),
      (c) => c.invite === 3,
    );
    expect(counts.invite).toBe(3);
    const healed = await eventually(
      () => pacer.badge(),
      (b) => b.text === '17',
    );
    expect(healed.text).toBe('17'); // 3 of 20 invites today
  });
});
