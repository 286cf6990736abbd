// A tab closed right after a burst of sends, in Firefox: the sends the content script still held
// (gathered for the next message) leave on `pagehide`, and reach the add-on after Firefox has
// removed the tab, so their sender has no `tab`. They must still be stored, each once.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { eventually } from '../e2e/support/browser';
import { inviteStream } from './support/actions';
import { type FirefoxPacer, launchFirefox } from './support/firefox';

let pacer: FirefoxPacer;
beforeEach(async () => {
  pacer = await launchFirefox();
});
afterEach(async () => {
  await pacer.close();
});

/** Tabs closed after a burst; Firefox does not always remove the tab before the last message arrives. */
const TABS = 3;
const BURST = 12;

it('stores the sends a tab still held when it was closed, each once', async () => {
  for (let tab = 0; tab < TABS; tab++) {
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    if (tab === 0) await eventually(pacer.counts, (c) => c['profile-view'] === 1); // the account is known
    // The first send leaves at once; the rest arrive while it is answered and wait for the next message.
    expect(await inviteStream(page, BURST, 5, tab * 100)).toBe(BURST);
    await page.close();
    const expected = (tab + 1) * BURST;
    const counts = await eventually(pacer.counts, (c) => (c.invite ?? 0) >= expected, 10_000);
    expect(counts.invite, `after closing tab ${tab + 1}`).toBe(expected);
  }
  await new Promise((r) => setTimeout(r, 1000)); // nothing counted twice later
  expect((await pacer.counts()).invite).toBe(TABS * BURST);
});
