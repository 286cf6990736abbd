import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '../lib/background/db';
import { registerHandlers } from '../lib/background/handlers';
import { ensureTickAlarm, pruneOldEvents, refreshBadge, TICK_ALARM } from '../lib/background/refresh';
import { ensureSettings } from '../lib/db/settings-store';

export default defineBackground(() => {
  // Listeners first, synchronously: a message or alarm that woke the worker must find them.
  registerHandlers();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK_ALARM) void pruneOldEvents();
    void refreshBadge();
  });
  browser.runtime.onInstalled.addListener(() => {
    void ensureTickAlarm();
    void ensureSettings(getDb(), new Date()).then(() => refreshBadge());
  });
  browser.runtime.onStartup.addListener(() => {
    void ensureTickAlarm();
    void pruneOldEvents().then(() => refreshBadge());
  });
  void refreshBadge();
});
