import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccounts } from '../../../lib/background/accounts';
import { planUndo } from '../../../lib/background/engagement-undo';
import { createRecorder, type RecordObservations } from '../../../lib/background/record';
import { createFaultStore } from '../../../lib/background/storage-fault';
import { createTabAccounts } from '../../../lib/background/tab-accounts';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import type { Observation } from '../../../lib/linkedin/vocabulary';

const ME = 'urn:li:fsd_profile:ACoAAMe';
const OTHER = 'urn:li:fsd_profile:ACoAAOther';
const T0 = Date.parse('2026-11-24T10:00:00Z');
const react = (item: string): Observation => ({ kind: 'reaction', key: `reaction:${item}` });
const unreact = (item: string): Observation => ({
  kind: 'reaction-withdrawn',
  removes: `reaction:${item}`,
  key: `reaction-withdrawn:${item}`,
});
const comment = (id: string): Observation => ({ kind: 'comment', key: `comment:${id}` });
const uncomment = (id: string): Observation => ({
  kind: 'comment-deleted',
  removes: `comment:${id}`,
  key: `comment-deleted:${id}`,
});

describe('planUndo: the last word on a key in a batch wins', () => {
  it('react then unreact: nothing kept, the reaction removed', () => {
    expect(planUndo([react('activity:1'), unreact('activity:1')], ME)).toEqual({
      keep: [],
      undo: [`reaction:activity:1@${ME}`],
    });
  });
  it('unreact then react again: the reaction stands, nothing removed', () => {
    expect(planUndo([unreact('activity:1'), react('activity:1')], ME)).toEqual({
      keep: [react('activity:1')],
      undo: [],
    });
  });
  it('other observations pass through', () => {
    const msg: Observation = { kind: 'message', key: 'message:1' };
    expect(planUndo([msg, comment('9'), uncomment('8')], ME)).toEqual({
      keep: [msg, comment('9')],
      undo: ['comment:8'],
    });
  });
});

describe('the recorder removes withdrawn reactions and deleted comments', () => {
  let db: PacerDb;
  let record: RecordObservations;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = openDb(`undo-${Math.random()}`);
    record = createRecorder(
      () => db,
      createAccounts(createTabAccounts(browser.storage.session)),
      createFaultStore(browser.storage.local),
    );
    await record([{ kind: 'identity', account: ME, key: 'identity:me' }], 1, T0);
    await record([{ kind: 'identity', account: OTHER, key: 'identity:other' }], 2, T0);
  });
  afterEach(async () => {
    await db.delete();
  });
  const keys = async () => (await db.events.toArray()).map((e) => `${e.kind} ${e.key}`).sort();

  it('a reaction is one per item and account, whatever its type; withdrawing removes it', async () => {
    await record([react('activity:1')], 1, T0 + 1);
    expect(await record([react('activity:1')], 1, T0 + 2)).toMatchObject({ stored: 0, duplicates: 1 });
    await record([react('activity:1')], 2, T0 + 3); // the other account reacts to the same post
    expect(await keys()).toEqual([
      `reaction reaction:activity:1@${ME}`,
      `reaction reaction:activity:1@${OTHER}`,
    ]);
    expect(await record([unreact('activity:1')], 1, T0 + 4)).toMatchObject({ stored: 0, removed: 1 });
    expect(await keys()).toEqual([`reaction reaction:activity:1@${OTHER}`]);
    // Reacting again counts again: a withdrawal is not a user's removal.
    expect(await record([react('activity:1')], 1, T0 + 5)).toMatchObject({ stored: 1 });
  });

  it('a deleted comment leaves; another account cannot delete it', async () => {
    await record([comment('42'), comment('43')], 1, T0 + 1);
    expect(await record([uncomment('42')], 2, T0 + 2)).toEqual({ stored: 0, duplicates: 0 });
    expect(await record([uncomment('42')], 1, T0 + 3)).toMatchObject({ removed: 1 });
    expect(await keys()).toEqual(['comment comment:43']);
  });

  it('undoing what was never stored changes nothing', async () => {
    expect(await record([unreact('activity:9'), uncomment('9')], 1, T0 + 1)).toEqual({
      stored: 0,
      duplicates: 0,
    });
  });
});
