// Backup: export from one browser profile, import into a fresh one, and the meters and plan carry
// over; a bad file changes nothing. With PACER_UPDATE_FIXTURES=1 the export is also written to
// tests/fixtures/backup/v1-export.json (the "old data" every later version must keep importing).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../lib/backup/backup';
import {
  ARTIFACTS_DIR,
  eventually,
  launchPacer,
  type Pacer,
  storedCounts,
  storedEvents,
} from './support/browser';
import { sendInvite, sendMessage } from './support/linkedin-actions';
import { setOption } from './support/options';
import { readMeter } from './support/popup';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/backup/v1-export.json');
const NOTE = 'Hi Jane, we met at SaaStr.';
const MESSAGE = 'Hello Jane, quick question about your Q3 plans.';
const SUBJECT = 'Quick intro';
const INMAIL = 'Hi John, open to a chat?';

const open: Pacer[] = [];
async function launch(): Promise<Pacer> {
  const p = await launchPacer();
  open.push(p);
  return p;
}
afterEach(async () => {
  for (const p of open.splice(0)) await p.close();
});

/** Every meter the popup shows, with its contract attributes. */
async function allMeters(pacer: Pacer) {
  const popup = await pacer.openPopup();
  await popup.locator('[data-meter="invites"][data-window="week"]').waitFor();
  const meters = await popup
    .locator('[data-meter]')
    .evaluateAll((els) =>
      els.map((el) =>
        ['data-meter', 'data-window', 'data-used', 'data-limit', 'data-remaining', 'data-zone']
          .map((a) => el.getAttribute(a))
          .join(' '),
      ),
    );
  const inmails = await readMeter(popup, 'inmails', 'balance');
  await popup.close();
  return { meters, inmails };
}

async function importFile(options: Page, file: { name: string; buffer: Buffer }) {
  await options
    .locator('input[name="import"]')
    .setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
}

const alertText = (options: Page) => options.locator('#backup [role="alert"]').textContent();

describe('backup', () => {
  it('carries the meters and the plan into a fresh profile; a bad file changes nothing', async () => {
    // Profile A: a plan, then invites, a message and an InMail on the fake LinkedIn.
    const a = await launch();
    await setOption(a, 'plan', 'premium-career');
    const jane = await a.openLinkedIn('/in/jane-doe/');
    await sendInvite(jane);
    await sendInvite(jane, { note: NOTE });
    await sendMessage(jane, MESSAGE);
    const john = await a.openLinkedIn('/in/john-roe/');
    await sendMessage(john, INMAIL, SUBJECT);
    const counts = await eventually(
      () => storedCounts(a),
      (c) => c.invite === 2 && c.message === 1 && c.inmail === 1 && c['profile-view'] === 2,
    );
    expect(counts).toMatchObject({ invite: 2, message: 1, inmail: 1, 'profile-view': 2 });
    const before = await allMeters(a);
    expect(before.inmails).toEqual({ used: '1', limit: '5', remaining: '4', zone: 'ok' });
    const badgeBefore = await a.badge();

    // Export: an ordinary page download.
    const optionsA = await a.openOptions();
    const [download] = await Promise.all([
      optionsA.waitForEvent('download'),
      optionsA.locator('[data-action="export"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pacer-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    const parsed = parseBackup(text);
    expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
    for (const secret of [NOTE, MESSAGE, SUBJECT, INMAIL]) expect(text).not.toContain(secret);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(`${ARTIFACTS_DIR}/backup.json`, text);
    if (process.env.PACER_UPDATE_FIXTURES) writeFileSync(FIXTURE, text);
    const eventsA = (await storedEvents(a)).map((e) => JSON.stringify(e)).sort();

    // Profile B, fresh: a bad file and a foreign one are refused and change nothing.
    const b = await launch();
    const optionsB = await b.openOptions();
    await optionsB.locator('select[name="plan"]').waitFor();
    const bad = JSON.parse(text);
    bad.events[0].at = 1.5;
    await importFile(optionsB, { name: 'bad.json', buffer: Buffer.from(JSON.stringify(bad)) });
    await optionsB.locator('#backup [role="alert"]').waitFor();
    expect(await alertText(optionsB)).toMatch(/nothing was changed: Event 1: at must be a whole number/);
    await importFile(optionsB, {
      name: 'package.json',
      buffer: Buffer.from('{"name":"x","version":"1.0.0"}'),
    });
    await eventually(
      () => alertText(optionsB),
      (t) => /Not a Pacer backup/.test(t ?? ''),
    );
    expect(await alertText(optionsB)).toMatch(/Not a Pacer backup/);
    expect(await optionsB.locator('#backup [role="status"]').textContent()).toBe('');
    expect(await storedEvents(b)).toEqual([]);
    expect(await optionsB.locator('select[name="plan"]').inputValue()).toBe('free');

    // The real file: everything carries over.
    const file = { name: download.suggestedFilename(), buffer: Buffer.from(text) };
    await importFile(optionsB, file);
    const status = optionsB.locator('#backup [role="status"]');
    await status.filter({ hasText: /Imported/ }).waitFor();
    expect(await status.textContent()).toMatch(
      /^Imported pacer-backup-[\d-]+\.json: 6 events and 1 account, plan Premium Career\./,
    );
    expect(await optionsB.locator('#backup [role="alert"]').count()).toBe(0);
    await eventually(
      () => optionsB.locator('select[name="plan"]').inputValue(),
      (v) => v === 'premium-career',
    );
    expect(await optionsB.locator('select[name="plan"]').inputValue()).toBe('premium-career');
    expect((await storedEvents(b)).map((e) => JSON.stringify(e)).sort()).toEqual(eventsA);
    const after = await allMeters(b);
    expect(after).toEqual(before);
    const badgeAfter = await eventually(
      () => b.badge(),
      (x) => x.text === badgeBefore.text,
    );
    expect(badgeAfter).toEqual(badgeBefore);

    // Importing the same file again replaces, never adds: nothing counts twice.
    await importFile(optionsB, file);
    await eventually(
      () => storedEvents(b),
      (list) => list.length === eventsA.length,
    );
    expect(await allMeters(b)).toEqual(before);
    await optionsB.screenshot({ path: `${ARTIFACTS_DIR}/options-backup.png`, fullPage: true });
  });
});
