// Functions a test runs inside one of the extension's pages (any driver's `page.evaluate`): they
// read what the worker wrote, through the APIs every browser gives an extension page.

/** A stored event, as far as the tests read it. */
export interface StoredEvent {
  kind: string;
  account: string;
  target?: string;
  conversation?: string;
  withNote?: boolean;
}

export interface BadgeState {
  text: string;
  /** `#rrggbb` */
  color: string;
  title: string;
}

/** Every stored event, read from the worker's IndexedDB (read-only). Runs in an extension page. */
export function readEvents(): Promise<StoredEvent[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('pacer');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const all = db.transaction('events').objectStore('events').getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result);
      };
      all.onerror = () => reject(all.error);
    };
  });
}

/** The toolbar badge: text, colour and tooltip. Runs in an extension page (`chrome` in both browsers). */
export async function readBadge(): Promise<BadgeState> {
  const action = (
    globalThis as unknown as {
      chrome: {
        action: {
          getBadgeText(d: object): Promise<string>;
          getBadgeBackgroundColor(d: object): Promise<number[]>;
          getTitle(d: object): Promise<string>;
        };
      };
    }
  ).chrome.action;
  const [text, color, title] = await Promise.all([
    action.getBadgeText({}),
    action.getBadgeBackgroundColor({}),
    action.getTitle({}),
  ]);
  const hex = `#${color
    .slice(0, 3)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
  return { text, color: hex, title };
}
