import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabAccounts } from '../../../lib/background/tab-accounts';

const A = 'urn:li:fsd_profile:ACoAAMe';
const B = 'urn:li:fsd_profile:ACoAAOther';

// A fresh instance is a fresh worker: its memory is empty, session storage is not.
const freshWorker = () => createTabAccounts(browser.storage.session);

describe('tab accounts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are written through: reads after a write never go to storage', async () => {
    const tabs = freshWorker();
    await tabs.set(1, A);
    const get = vi.spyOn(browser.storage.session, 'get');
    for (let i = 0; i < 5; i++) expect(await tabs.get(1)).toBe(A);
    expect(get).not.toHaveBeenCalled();
    expect(await browser.storage.session.get('tabAccount:1')).toEqual({ 'tabAccount:1': A });
  });

  it('survive a worker restart: the first read goes to storage, later ones do not', async () => {
    await freshWorker().set(2, B);
    const tabs = freshWorker();
    const get = vi.spyOn(browser.storage.session, 'get');
    expect(await tabs.get(2)).toBe(B);
    expect(await tabs.get(2)).toBe(B);
    expect(await tabs.get(3)).toBeUndefined();
    expect(await tabs.get(3)).toBeUndefined();
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('follow a change of account and forget closed tabs', async () => {
    const tabs = freshWorker();
    await tabs.set(4, A);
    await tabs.set(4, B);
    expect(await tabs.get(4)).toBe(B);
    expect(await freshWorker().get(4)).toBe(B);
    await tabs.forget(4);
    expect(await tabs.get(4)).toBeUndefined();
    expect(await browser.storage.session.get(null)).toEqual({});
  });
});
