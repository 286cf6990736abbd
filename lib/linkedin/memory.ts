// The little state the classifier keeps, because LinkedIn spreads some facts over several requests:
// - compose options: what the composer said about a recipient before the send (InMail? Open Profile?)
// - conversations: who started a thread, whether it is the user's InMail, and the counterpart
// - Sales Navigator leads: Open Profile / degree from the lead card
// - recent sends: so a replay of one send (two observers, a retry) gets the same observation back
// - self: the account, to skip views of one's own profile
// Every map is bounded (LRU); the whole thing round-trips through JSON (`snapshot()` / `state`).
import { z } from 'zod';
import type { Observation } from './classify';

export type ComposeKind = 'inmail' | 'open-profile-message' | 'message';

export interface ComposeEntry {
  /** What a send to this recipient will be; absent for a REPLY option (it only names the thread). */
  kind?: ComposeKind;
  /** The composer showed a subject field (InMail composer). */
  subject?: boolean;
  /** Thread id of the existing conversation the option points at. */
  conversation?: string;
  at: number;
}

export interface ConversationEntry {
  /** Who started the thread, when LinkedIn told us (creator) or we saw the user create it. */
  starter?: 'me' | 'other';
  /** The thread is an InMail / Open Profile message the user sent. */
  inmail?: boolean;
  /** `urn:li:fsd_profile:<id>` of the other participant (one-to-one only). */
  counterpart?: string;
  /** Conversation `createdAt` (ms), to recognise its first message. */
  createdAt?: number;
  /** Earliest message seen so far: when, and whether the mailbox owner sent it. */
  first?: { at: number; me: boolean };
  at: number;
}

export interface SalesProfileEntry {
  openLink: boolean;
  degree?: number;
  at: number;
}

export interface RecentEntry {
  /** LinkedIn's id for the send, when its answer named one. */
  id?: string;
  obs: Observation[];
  at: number;
}

export interface SelfEntry {
  account: string;
  slug?: string;
}

export interface ClassifierState {
  v: 1;
  compose: [string, ComposeEntry][];
  conversations: [string, ConversationEntry][];
  salesProfiles: [string, SalesProfileEntry][];
  recent: [string, RecentEntry][];
  self?: SelfEntry;
}

// Small on purpose: the worker saves this state after every change, so its size is paid per exchange.
export const LIMITS = { compose: 200, conversations: 500, salesProfiles: 200, recent: 100 } as const;

/** A Map that forgets its least recently used entries beyond `cap`. */
export class Bounded<V> {
  private readonly map = new Map<string, V>();
  /** Counts writes (not reads), so a caller can tell whether anything changed. */
  revision = 0;
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

  set(key: string, value: V): void {
    this.revision++;
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.cap) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.map.delete(oldest);
    }
  }

  delete(key: string): void {
    if (this.map.delete(key)) this.revision++;
  }

  entries(): [string, V][] {
    return [...this.map.entries()];
  }

  get size(): number {
    return this.map.size;
  }
}

export class Memory {
  readonly compose = new Bounded<ComposeEntry>(LIMITS.compose);
  readonly conversations = new Bounded<ConversationEntry>(LIMITS.conversations);
  readonly salesProfiles = new Bounded<SalesProfileEntry>(LIMITS.salesProfiles);
  readonly recent = new Bounded<RecentEntry>(LIMITS.recent);
  private selfEntry: SelfEntry | undefined;
  private selfRevision = 0;

  get self(): SelfEntry | undefined {
    return this.selfEntry;
  }

  /** Replace, never mutate in place: the revision must see every change. */
  set self(entry: SelfEntry | undefined) {
    this.selfEntry = entry;
    this.selfRevision++;
  }

  /** Changes whenever the state a snapshot would hold changes. */
  get revision(): number {
    return (
      this.compose.revision +
      this.conversations.revision +
      this.salesProfiles.revision +
      this.recent.revision +
      this.selfRevision
    );
  }

  snapshot(): ClassifierState {
    const s: ClassifierState = {
      v: 1,
      compose: this.compose.entries(),
      conversations: this.conversations.entries(),
      salesProfiles: this.salesProfiles.entries(),
      recent: this.recent.entries(),
    };
    if (this.self) s.self = { ...this.self };
    // A deep copy: the caller may keep or mutate it.
    return JSON.parse(JSON.stringify(s)) as ClassifierState;
  }

  /** Restores a snapshot; anything that does not validate is dropped, never thrown. */
  static restore(state: unknown): Memory {
    const m = new Memory();
    const parsed = stateSchema.safeParse(state);
    if (!parsed.success) return m;
    const s = parsed.data;
    for (const [k, v] of s.compose) m.compose.set(k, strip(v));
    for (const [k, v] of s.conversations) m.conversations.set(k, strip(v));
    for (const [k, v] of s.salesProfiles) m.salesProfiles.set(k, strip(v));
    for (const [k, v] of s.recent) m.recent.set(k, strip(v) as RecentEntry);
    if (s.self) m.self = strip(s.self);
    return m;
  }
}

/** Drops keys whose value is undefined, so restored entries match freshly made ones. */
function strip<T extends object>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

const id = z.string().max(300);
const time = z.number().finite();

const observationSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('invite'),
    withNote: z.boolean(),
    noteLength: z.number().int().nonnegative().optional(),
    target: id.optional(),
    key: id,
  }),
  z.object({ kind: z.literal('invite-withdrawn'), target: id.optional(), key: id }),
  z.object({ kind: z.literal('message'), target: id.optional(), conversation: id.optional(), key: id }),
  z.object({ kind: z.literal('reply'), conversation: id.optional(), key: id }),
  z.object({ kind: z.literal('inmail'), target: id.optional(), conversation: id.optional(), key: id }),
  z.object({
    kind: z.literal('open-profile-message'),
    target: id.optional(),
    conversation: id.optional(),
    key: id,
  }),
  z.object({
    kind: z.literal('inmail-response'),
    conversation: id.optional(),
    target: id.optional(),
    key: id,
  }),
  z.object({ kind: z.literal('profile-view'), target: id, key: id }),
  z.object({
    kind: z.literal('limit-reached'),
    action: z.enum(['invite', 'invite-note', 'message', 'inmail']),
    code: id,
    key: id,
  }),
  z.object({ kind: z.literal('identity'), account: id, premium: z.boolean().optional(), key: id }),
]);

const stateSchema = z.object({
  v: z.literal(1),
  compose: z
    .array(
      z.tuple([
        id,
        z.object({
          kind: z.enum(['inmail', 'open-profile-message', 'message']).optional(),
          subject: z.boolean().optional(),
          conversation: id.optional(),
          at: time,
        }),
      ]),
    )
    .max(10_000),
  conversations: z
    .array(
      z.tuple([
        id,
        z.object({
          starter: z.enum(['me', 'other']).optional(),
          inmail: z.boolean().optional(),
          counterpart: id.optional(),
          createdAt: time.optional(),
          first: z.object({ at: time, me: z.boolean() }).optional(),
          at: time,
        }),
      ]),
    )
    .max(10_000),
  salesProfiles: z
    .array(z.tuple([id, z.object({ openLink: z.boolean(), degree: z.number().int().optional(), at: time })]))
    .max(10_000),
  recent: z
    .array(z.tuple([id, z.object({ id: id.optional(), obs: z.array(observationSchema).max(10), at: time })]))
    .max(10_000),
  self: z.object({ account: id, slug: id.optional() }).optional(),
});
