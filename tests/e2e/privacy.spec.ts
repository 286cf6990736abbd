// Pacer stores kinds, times, lengths and counterpart ids — never what the user wrote. Send a
// note, a message and an InMail with marker texts, then search everything Pacer keeps.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually, launchPacer, type Pacer, storedCounts } from './support/browser';
import { sendInvite, sendMessage } from './support/linkedin-actions';
import { setOption } from './support/options';

let pacer: Pacer;
beforeEach(async () => {
  pacer = await launchPacer();
});
afterEach(async () => {
  await pacer.close();
});

const NOTE = 'SECRET-NOTE-7f3a';
const MESSAGE = 'SECRET-MESSAGE-91bc';
const SUBJECT = 'SECRET-SUBJECT-55d0';
const INMAIL = 'SECRET-INMAIL-BODY-0e2f';

async function compose(pacer: Pacer, slug: string, text: string, subject?: string) {
  await sendMessage(await pacer.openLinkedIn(`/in/${slug}/`), text, subject);
}

describe('privacy', () => {
  it('never stores note, message or subject text, in IndexedDB, extension storage or an export', async () => {
    await setOption(pacer, 'plan', 'premium-career');
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await sendInvite(page, { note: `Hello Jane — ${NOTE}` });
    await compose(pacer, 'jane-doe', `Hi Jane ${MESSAGE}`);
    await compose(pacer, 'john-roe', `Dear John ${INMAIL}`, SUBJECT);
    const counts = await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 1 && c.message === 1 && c.inmail === 1,
    );
    expect(counts).toMatchObject({ invite: 1, message: 1, inmail: 1 });

    // The activity log shows what was counted, never what was written; removing one keeps its key.
    const log = await pacer.context.newPage();
    await log.goto(`chrome-extension://${pacer.extensionId}/activity.html`);
    await log.locator('[data-activity][data-kind="message"]').waitFor();
    const shown = (await log.locator('main').innerHTML()) ?? '';
    for (const secret of [NOTE, MESSAGE, SUBJECT, INMAIL]) expect(shown).not.toContain(secret);
    await log.locator('[data-activity][data-kind="message"] button[data-action="remove"]').click();
    await log.getByRole('status').filter({ hasText: 'Removed' }).waitFor();

    const ext = await pacer.extensionPage();
    const everything = await ext.evaluate(async () => {
      const dump: unknown[] = [];
      const stores: Record<string, number> = {};
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('pacer');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve) => {
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => resolve(all.result);
        });
        stores[name] = rows.length;
        dump.push(rows);
      }
      db.close();
      const c = (
        globalThis as unknown as {
          chrome: {
            storage: {
              local: { get(k: null): Promise<unknown> };
              session: { get(k: null): Promise<unknown> };
            };
          };
        }
      ).chrome;
      dump.push(await c.storage.local.get(null), await c.storage.session.get(null), { ...localStorage });
      return { text: JSON.stringify(dump), stores };
    });
    // Every store is searched, the newer ones too: removed keys, per-account settings, invitations.
    expect(Object.keys(everything.stores)).toEqual(
      expect.arrayContaining(['events', 'removed', 'accountSettings', 'invitations', 'settings', 'accounts']),
    );
    expect(everything.stores.removed).toBe(1);
    expect(everything.stores.accountSettings).toBeGreaterThanOrEqual(1);
    expect(everything.text.length).toBeGreaterThan(200); // the dump really holds the events
    expect(everything.text).toContain('"noteLength"');
    expect(everything.text).toContain('"removedAt"');
    for (const secret of [NOTE, MESSAGE, SUBJECT, INMAIL]) expect(everything.text).not.toContain(secret);

    const options = await pacer.openOptions();
    const download = options.waitForEvent('download');
    await options.locator('[data-action="export"]').click();
    const file = await (await download).path();
    const exported = readFileSync(file, 'utf8');
    expect(exported).toContain('"invite"');
    for (const secret of [NOTE, MESSAGE, SUBJECT, INMAIL]) expect(exported).not.toContain(secret);
  });
});
