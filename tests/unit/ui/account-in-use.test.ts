// The pages' side of "the account in use": the active tab's own account, else the LinkedIn tab last
// in use (what the worker keeps in session storage for the badge).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readAccountInUse } from '../../../lib/storage/account-in-use';
import { FOCUS_KEY, tabAccountKey } from '../../../lib/storage/keys';

const A = 'urn:li:fsd_profile:ACoAAAlice';
const B = 'urn:li:fsd_profile:ACoAABob';

describe('the account in use, as the pages read it', () => {
  beforeEach(() => fakeBrowser.reset());
  const activeTab = (id: number | undefined) =>
    vi.spyOn(browser.tabs, 'query').mockResolvedValue((id === undefined ? [] : [{ id }]) as never);

  it('is the active tab’s own account when it is a LinkedIn tab', async () => {
    activeTab(7);
    await browser.storage.session.set({ [tabAccountKey(7)]: B, [FOCUS_KEY]: { tab: 3, account: A } });
    expect(await readAccountInUse()).toBe(B);
  });

  it('else the account of the LinkedIn tab last in use (the badge’s)', async () => {
    activeTab(8); // the options page's own tab
    await browser.storage.session.set({ [tabAccountKey(7)]: B, [FOCUS_KEY]: { tab: 8, account: A } });
    expect(await readAccountInUse()).toBe(A);
  });

  it('else nothing, also when the browser cannot say', async () => {
    activeTab(undefined);
    expect(await readAccountInUse()).toBeNull();
    vi.spyOn(browser.tabs, 'query').mockRejectedValue(new Error('no tabs API'));
    expect(await readAccountInUse()).toBeNull();
  });
});
