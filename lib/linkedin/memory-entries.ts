// The entries the classifier's memory keeps (memory.ts), as types: a module of their own so the
// memory and the checks that read it back from storage (memory-guard.ts) both depend on it, not on
// each other.
import type { Observation } from './vocabulary';

/** What a compose option says the next send to a recipient is (never a reply: that is the thread's fact). */
export type ComposeKind = Extract<Observation['kind'], 'inmail' | 'open-profile-message' | 'message'>;

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
  /** The other participant's profile urn (one-to-one only). */
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
