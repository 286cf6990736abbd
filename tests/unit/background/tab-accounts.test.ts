import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const A = 'urn:li:fsd_profile:ACoAAMe';
const B = 'urn:li:fsd_profile:ACoAAOther';

// A fresh module is a fresh worker: its memory is empty, session storage is not.
const freshWorker = async () => {
  vi.resetModules();
  return import('../../../lib/background/tab-accounts');
};

describe('tab accounts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are written through: reads after a write never go to storage', async () => {
    const tabs = await freshWorker();
    await tabs.setTabAccount(1, A);
    const get = vi.spyOn(browser.storage.session, 'get');
    for (let i = 0; i < 5; i++) expect(await tabs.tabAccount(1)).toBe(A);
    expect(get).not.toHaveBeenCalled();
    expect(await browser.storage.session.get('tabAccount:1')).toEqual({ 'tabAccount:1': A });
  });

  it('survive a worker restart: the first read goes to storage, later ones do not', async () => {
    await (await freshWorker()).setTabAccount(2, B);
    const tabs = await freshWorker();
    const get = vi.spyOn(browser.storage.session, 'get');
    expect(await tabs.tabAccount(2)).toBe(B);
    expect(await tabs.tabAccount(2)).toBe(B);
    expect(await tabs.tabAccount(3)).toBeUndefined();
    expect(await tabs.tabAccount(3)).toBeUndefined();
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('follow a change of account and forget closed tabs', async () => {
    const tabs = await freshWorker();
    await tabs.setTabAccount(4, A);
    await tabs.setTabAccount(4, B);
    expect(await tabs.tabAccount(4)).toBe(B);
    expect(await (await freshWorker()).tabAccount(4)).toBe(B);
    await tabs.forgetTabAccount(4);
    expect(await tabs.tabAccount(4)).toBeUndefined();
    expect(await browser.storage.session.get(null)).toEqual({});
  });
});
