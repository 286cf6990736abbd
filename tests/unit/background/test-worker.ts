// A fresh worker per test, on the fake browser and a database of its own: nothing is shared with
// another test, and nothing needs resetting.
import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { createWorker, type WorkerDeps } from '../../../lib/background/worker';
import { openDb, type PacerDb } from '../../../lib/db/schema';

export interface TestWorker {
  worker: ReturnType<typeof createWorker>;
  /** The connection the worker uses now (it opens a new one after a failure). */
  readonly db: PacerDb;
  /** Every connection the worker opened, oldest first. */
  opened: PacerDb[];
  /** Closes the connections and deletes the database. */
  dispose(): Promise<void>;
}

export function testWorker(options: Pick<WorkerDeps, 'clock' | 'timeZone'> = {}): TestWorker {
  const name = `worker-${Math.random()}`;
  const opened: PacerDb[] = [];
  const worker = createWorker({
    openDb: () => {
      const db = openDb(name);
      opened.push(db);
      return db;
    },
    storage: { local: browser.storage.local, session: browser.storage.session },
    action: browser.action,
    alarms: browser.alarms,
    ...options,
  });
  return {
    worker,
    get db() {
      const db = opened.at(-1);
      if (!db) throw new Error('the worker opened no connection');
      return db;
    },
    opened,
    async dispose() {
      for (const db of opened) db.close();
      await Dexie.delete(name);
    },
  };
}
