// The little state the classifier keeps, because LinkedIn spreads some facts over several requests:
// - compose options: what the composer said about a recipient before the send (InMail? Open Profile?)
// - conversations: who started a thread, whether it is the user's InMail, and the counterpart
// - Sales Navigator leads: Open Profile / degree from the lead card
// - recent sends: so a replay of one send (two observers, a retry) gets the same observation back
// - self: the account, to skip views of one's own profile
// Every map is bounded (LRU). The worker persists it entry by entry (`takeChanges()` / `fromStored`):
// one storage key per entry, so an exchange writes only what it changed.
import { CLASSIFIER_PREFIX } from '../storage/keys';
import type {
  ComposeEntry,
  ConversationEntry,
  RecentEntry,
  SalesProfileEntry,
  SelfEntry,
} from './memory-entries';
import {
  composeEntry,
  conversationEntry,
  isId,
  recentEntry,
  salesProfileEntry,
  selfEntry,
} from './memory-guard';

// Small on purpose: a worker restart reads all of it back.
export const LIMITS = { compose: 200, conversations: 500, salesProfiles: 200, recent: 100 } as const;

/** A Map that forgets its least recently used entries beyond `cap`, and remembers what changed. */
export class Bounded<V> {
  private readonly map = new Map<string, V>();
  /** Keys written, and keys deleted or evicted, since the last `takeChanges()`. */
  private readonly written = new Set<string>();
  private readonly dropped = new Set<string>();
  constructor(private readonly cap: number) {}

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  peek(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Values are never mutated after `set`: a change is a new `set`, so it is persisted. */
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    this.written.add(key);
    this.dropped.delete(key);
    while (this.map.size > this.cap) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.forget(oldest);
    }
  }

  delete(key: string): void {
    if (this.map.has(key)) {
      this.forget(key);
    }
  }

  private forget(key: string): void {
    this.map.delete(key);
    this.written.delete(key);
    this.dropped.add(key);
  }

  entries(): [string, V][] {
    return [...this.map.entries()];
  }

  /** What changed since the last call: current values of written keys, and the keys gone. */
  takeChanges(): { written: [string, V][]; dropped: string[] } {
    const written: [string, V][] = [];
    for (const k of this.written) {
      const v = this.map.get(k);
      if (v !== undefined) written.push([k, v]);
    }
    const dropped = [...this.dropped];
    this.written.clear();
    this.dropped.clear();
    return { written, dropped };
  }

  /** Saving those changes failed: mark them again, unless a newer change superseded them. */
  requeue(written: string[], dropped: string[]): void {
    for (const k of written) if (this.map.has(k) && !this.dropped.has(k)) this.written.add(k);
    for (const k of dropped) if (!this.map.has(k) && !this.written.has(k)) this.dropped.add(k);
  }

  /** Entries read back from storage are already saved. */
  markSaved(): void {
    this.written.clear();
  }
}

/** Storage keys: one per entry, `cm1:<map>:<key>`, and `cm1:self`. */
const SELF_KEY = `${CLASSIFIER_PREFIX}self`;

export interface MemoryChanges {
  /** Storage keys to write, with their values (the live entries: store them, do not mutate). */
  set: Record<string, unknown>;
  /** Storage keys to remove. */
  remove: string[];
  /** Call when saving failed, so the next save writes these again. */
  requeue(): void;
}

type MapName = 'compose' | 'conversations' | 'salesProfiles' | 'recent';
const MAPS: Record<MapName, (v: unknown) => object | undefined> = {
  compose: composeEntry,
  conversations: conversationEntry,
  salesProfiles: salesProfileEntry,
  recent: recentEntry,
};
const MAP_NAMES = Object.keys(MAPS) as MapName[];

export class Memory {
  readonly compose = new Bounded<ComposeEntry>(LIMITS.compose);
  readonly conversations = new Bounded<ConversationEntry>(LIMITS.conversations);
  readonly salesProfiles = new Bounded<SalesProfileEntry>(LIMITS.salesProfiles);
  readonly recent = new Bounded<RecentEntry>(LIMITS.recent);
  private selfEntry: SelfEntry | undefined;
  private selfDirty = false;

  get self(): SelfEntry | undefined {
    return this.selfEntry;
  }

  /** Replace, never mutate in place: only a new value is saved. */
  set self(entry: SelfEntry | undefined) {
    this.selfEntry = entry;
    this.selfDirty = true;
  }

  /** What to write to and remove from storage since the last call (nothing is copied). */
  takeChanges(): MemoryChanges {
    const set: Record<string, unknown> = {};
    const remove: string[] = [];
    const taken: [MapName, string[], string[]][] = [];
    for (const name of MAP_NAMES) {
      const { written, dropped } = (this[name] as Bounded<unknown>).takeChanges();
      if (written.length === 0 && dropped.length === 0) continue;
      const prefix = `${CLASSIFIER_PREFIX}${name}:`;
      for (const [k, v] of written) set[prefix + k] = v;
      for (const k of dropped) remove.push(prefix + k);
      taken.push([name, written.map(([k]) => k), dropped]);
    }
    const selfTaken = this.selfDirty;
    if (selfTaken) {
      if (this.selfEntry) set[SELF_KEY] = this.selfEntry;
      else remove.push(SELF_KEY);
      this.selfDirty = false;
    }
    return {
      set,
      remove,
      requeue: () => {
        for (const [name, written, dropped] of taken)
          (this[name] as Bounded<unknown>).requeue(written, dropped);
        if (selfTaken) this.selfDirty = true;
      },
    };
  }

  /**
   * Rebuilds the memory from what `takeChanges()` stored (other keys are ignored). Malformed
   * entries are skipped; LRU order is rebuilt from each entry's `at`. Never throws.
   */
  static fromStored(stored: Record<string, unknown>): Memory {
    const m = new Memory();
    const found: Record<MapName, [string, { at: number }][]> = {
      compose: [],
      conversations: [],
      salesProfiles: [],
      recent: [],
    };
    for (const key in stored) {
      if (!key.startsWith(CLASSIFIER_PREFIX)) continue;
      if (key === SELF_KEY) {
        const self = selfEntry(stored[key]);
        if (self) m.selfEntry = self;
        continue;
      }
      const colon = key.indexOf(':', CLASSIFIER_PREFIX.length);
      const name = key.slice(CLASSIFIER_PREFIX.length, colon) as MapName;
      const check = colon > 0 && Object.hasOwn(MAPS, name) ? MAPS[name] : undefined;
      const entry = check?.(stored[key]) as { at: number } | undefined;
      const id = key.slice(colon + 1);
      if (entry && isId(id)) found[name].push([id, entry]);
    }
    for (const name of MAP_NAMES) {
      const map = m[name] as Bounded<object>;
      for (const [k, v] of found[name].sort((a, b) => a[1].at - b[1].at)) map.set(k, v);
      map.markSaved(); // what exceeded the cap stays marked as dropped, so the next save removes it
    }
    return m;
  }
}
