// What a message send is: outreach (`message`), an answer (`reply`), an `inmail` or an
// `open-profile-message`. LinkedIn spreads this fact over several requests, so the rule is stateful.
//
// The rule, in order (the first that applies wins):
// 1. The send body itself says InMail (`subtype: "INMAIL"` or a non-blank `subject`, as community code reports it):
//    `open-profile-message` if the compose option said free InMail (PREMIUM_INMAIL + paidInMail:false),
//    else `inmail`.
// 2. The send goes into an existing conversation that LinkedIn told us someone else started → `reply`.
//    "Someone else started it" is learned only from LinkedIn's own messaging reads (messaging-reads.ts):
//    the conversation's `creator` is not the mailbox owner, or the message delivered within 3 s of the
//    conversation's `createdAt` (its first message) was sent by someone else. A REPLY compose option
//    alone proves nothing (it only says a thread exists), so it never makes a `reply`.
// 3. A fresh compose option for the recipient (≤ 30 min, consumed by the send): PREMIUM_INMAIL with
//    paidInMail:true (or unstated) → `inmail`; paidInMail:false → `open-profile-message`;
//    CONNECTION_MESSAGE → `message`; a view context with showSubjectField:true → `inmail`.
// 4. Otherwise `message`. A new conversation, a follow-up in a thread the user started (remembered from
//    the send's answer, or from `creator`), and every case we cannot tell apart are outreach: a meter
//    must never undercount.
import type { Ctx } from './context';
import type { Memory } from './memory';
import type { ComposeEntry, ConversationEntry } from './memory-entries';
import { PROFILE_URN_PREFIX, profileUrn } from './urns';
import type { Observation } from './vocabulary';

export const COMPOSE_TTL_MS = 30 * 60 * 1000;

/** The observation kinds a message send can be. */
export type MessageKind = Extract<
  Observation['kind'],
  'message' | 'reply' | 'inmail' | 'open-profile-message'
>;

export interface MessageFacts {
  /** The body says InMail: subtype INMAIL or a subject. */
  inmailInBody: boolean;
  /** Thread id when the send goes into an existing conversation. */
  existingThread?: string;
  /** Bare profile id of the recipient, when the body names one (new conversation). */
  recipient?: string;
}

export interface MessageDecision {
  kind: MessageKind;
  /** Bare profile id of the counterpart, when known. */
  recipient?: string;
}

/** A compose entry younger than 30 minutes, or undefined (stale ones are dropped). */
export function freshCompose(mem: Memory, recipient: string, now: number): ComposeEntry | undefined {
  const e = mem.compose.peek(recipient);
  if (!e) return undefined;
  if (now - e.at > COMPOSE_TTL_MS || now < e.at - COMPOSE_TTL_MS) {
    mem.compose.delete(recipient);
    return undefined;
  }
  return e;
}

function composeForThread(mem: Memory, thread: string, now: number): [string, ComposeEntry] | undefined {
  for (const [recipient, e] of mem.compose.entries()) {
    if (e.conversation === thread && freshCompose(mem, recipient, now)) return [recipient, e];
  }
  return undefined;
}

function bareFromUrn(urn: string | undefined): string | undefined {
  return urn?.startsWith(PROFILE_URN_PREFIX) ? urn.slice(PROFILE_URN_PREFIX.length) : undefined;
}

export function decideMessageKind(ctx: Ctx, f: MessageFacts): MessageDecision {
  const { mem, now } = ctx;
  const conv: ConversationEntry | undefined = f.existingThread
    ? mem.conversations.peek(f.existingThread)
    : undefined;
  let recipient = f.recipient ?? bareFromUrn(conv?.counterpart);
  let option = recipient ? freshCompose(mem, recipient, now) : undefined;
  if (!option && f.existingThread) {
    const found = composeForThread(mem, f.existingThread, now);
    if (found) [recipient, option] = found;
  }
  // A send consumes the compose option for its recipient.
  if (recipient && option) mem.compose.delete(recipient);

  let kind: MessageKind;
  if (f.inmailInBody) kind = option?.kind === 'open-profile-message' ? 'open-profile-message' : 'inmail';
  else if (f.existingThread && conv?.starter === 'other') kind = 'reply';
  else if (option?.kind) kind = option.kind;
  else if (option?.subject) kind = 'inmail';
  else kind = 'message';
  return { kind, recipient };
}

/** After a successful send: remember what we learned about the thread. */
export function rememberSend(
  mem: Memory,
  now: number,
  thread: string | undefined,
  kind: MessageKind,
  counterpart: string | undefined,
  newConversation: boolean,
): void {
  if (!thread) return;
  const prev = mem.conversations.get(thread);
  const e: ConversationEntry = prev ? { ...prev, at: now } : { at: now };
  // The user created it, unless LinkedIn already told us otherwise (a "new" send can land in an
  // existing thread the other person started).
  if (newConversation && e.starter === undefined) e.starter = 'me';
  if ((kind === 'inmail' || kind === 'open-profile-message') && e.starter !== 'other') {
    e.inmail = true;
    e.starter = 'me';
  }
  if (counterpart && !e.counterpart) e.counterpart = counterpart;
  mem.conversations.set(thread, e);
}

export function counterpartUrn(recipient: string | undefined): string | undefined {
  return recipient ? profileUrn(recipient) : undefined;
}
