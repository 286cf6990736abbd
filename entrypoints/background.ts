import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '../lib/background/db';
import { registerHandlers } from '../lib/background/handlers';
import { forgetTab } from '../lib/background/rate-limit';
import { ensureTickAlarm, pruneOldEvents, requestBadgeRefresh, TICK_ALARM } from '../lib/background/refresh';
import { forgetTabAccount } from '../lib/background/tab-accounts';
import { ensureSettings } from '../lib/db/settings-store';

export default defineBackground(() => {
  // Listeners first, synchronously: a message or alarm that woke the worker must find them.
  registerHandlers();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK_ALARM) void pruneOldEvents();
    void requestBadgeRefresh();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    void forgetTabAccount(tabId);
  });
  browser.runtime.onInstalled.addListener(() => {
    void ensureTickAlarm();
    void ensureSettings(getDb(), new Date()).then(() => requestBadgeRefresh());
  });
  browser.runtime.onStartup.addListener(() => {
    void ensureTickAlarm();
    void pruneOldEvents().then(() => requestBadgeRefresh());
  });
  void requestBadgeRefresh();
});
