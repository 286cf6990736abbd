// Learning from the messaging reads the page makes itself (never requested by Pacer):
// `GET /voyager/api/voyagerMessagingGraphQL/graphql?queryId=messengerConversations.<hash>|messengerMessages.<hash>`
// (netkeeper docs/linkedin-messaging-shapes.md). Answers come plain (`data.<field>.elements`, inline
// objects) or normalized (`data.data.<field>["*elements"]` + `included`, with `*creator`/`*sender`
// references); both are read by walking every object and picking conversations and messages by URN.
//
// From a conversation (`com.linkedin.messenger.Conversation`): the mailbox owner (first part of its
// msg_conversation URN), `creator` (who started it: key confirmed by the capture's key list and
// eqrdev/extension types), `categories` (INMAIL), `state` (PENDING|ACCEPTED|DECLINED), `createdAt`, and the
// one participant who is not the owner (the counterpart).
// From a message: `sender.hostIdentityUrn` (or `*sender`), `deliveredAt`, its conversation.
//
// Results: who started each thread (for reply vs message, see message-kind.ts) and `inmail-response` for
// an InMail the user sent (our own send, or INMAIL + creator = owner) that is ACCEPTED/DECLINED or holds a
// message from the other party. Key `inmail-response:<thread>`: stable, so it is stored once.
import type { Ctx } from './context';
import { arr, eachObject, num, type Obj, obj, parseJson, str } from './json';
import type { ConversationEntry } from './memory-entries';
import { mailboxOwner, profileId, profileUrn, threadId } from './urns';
import type { Observation } from './vocabulary';

/** A message delivered this close to the conversation's creation is its first message. */
const FIRST_MESSAGE_TOLERANCE_MS = 3000;
const MAX_CONVERSATIONS = 500;
const MAX_MESSAGES = 2000;

function participantId(p: unknown): string | undefined {
  if (typeof p === 'string') return profileId(p);
  const o = obj(p);
  return o ? (profileId(o.hostIdentityUrn) ?? profileId(o.entityUrn)) : undefined;
}

function isConversation(o: Obj): boolean {
  return (
    typeof o.entityUrn === 'string' &&
    o.entityUrn.startsWith('urn:li:msg_conversation:(') &&
    ('categories' in o ||
      'creator' in o ||
      '*creator' in o ||
      'conversationParticipants' in o ||
      'state' in o)
  );
}

function isMessage(o: Obj): boolean {
  return (
    typeof o.entityUrn === 'string' &&
    o.entityUrn.startsWith('urn:li:msg_message:(') &&
    ('sender' in o || '*sender' in o)
  );
}

export function classifyMessagingRead(ctx: Ctx): Observation[] {
  if (!ctx.ok) return [];
  const answer = parseJson(ctx.responseBody);
  if (!obj(answer)) return [];
  const conversations: Obj[] = [];
  const messages: Obj[] = [];
  eachObject(answer, (o) => {
    if (isConversation(o)) {
      if (conversations.length < MAX_CONVERSATIONS) conversations.push(o);
    } else if (isMessage(o) && messages.length < MAX_MESSAGES) messages.push(o);
  });
  const self = ctx.mem.self?.account ? profileId(ctx.mem.self.account) : undefined;
  const touched = new Map<string, { entry: ConversationEntry; owner?: string; responded: boolean }>();
  const touch = (thread: string, owner: string | undefined) => {
    let t = touched.get(thread);
    if (!t) {
      const prev = ctx.mem.conversations.get(thread);
      t = { entry: prev ? { ...prev, at: ctx.now } : { at: ctx.now }, owner, responded: false };
      touched.set(thread, t);
    }
    t.owner ??= owner;
    return t;
  };

  for (const c of conversations) {
    const thread = threadId(c.entityUrn);
    const owner = mailboxOwner(c.entityUrn) ?? self;
    if (!thread || !owner) continue;
    const t = touch(thread, owner);
    const e = t.entry;
    const creator = participantId(c.creator ?? c['*creator']);
    if (creator) e.starter = creator === owner ? 'me' : 'other';
    const participants = arr(c.conversationParticipants) ?? arr(c['*conversationParticipants']) ?? [];
    const others = new Set<string>();
    for (const p of participants.slice(0, 50)) {
      const id = participantId(p);
      if (id && id !== owner) others.add(id);
    }
    const [only] = others;
    if (others.size === 1 && only && c.groupChat !== true) e.counterpart = profileUrn(only);
    const createdAt = num(c.createdAt);
    if (createdAt !== undefined) e.createdAt = createdAt;
    const inmailCategory = (arr(c.categories) ?? []).includes('INMAIL');
    if (inmailCategory && e.starter === 'me') e.inmail = true;
    if (e.starter === 'other') e.inmail = undefined; // someone's InMail to the user is not the user's credit
    const state = str(c.state);
    if (e.inmail && (state === 'ACCEPTED' || state === 'DECLINED')) t.responded = true;
  }

  for (const m of messages) {
    const thread =
      threadId(obj(m.conversation)?.entityUrn) ??
      threadId(m['*conversation']) ??
      threadId(m.backendConversationUrn);
    const owner = mailboxOwner(m.entityUrn) ?? self;
    const sender = participantId(m.sender ?? m['*sender']);
    if (!thread || !owner || !sender) continue;
    const t = touch(thread, owner);
    const me = sender === owner;
    const at = num(m.deliveredAt);
    if (at !== undefined && (!t.entry.first || at < t.entry.first.at)) t.entry.first = { at, me };
    if (!me) t.responded = true; // only counts below when the thread is the user's InMail
  }

  const out: Observation[] = [];
  for (const [thread, t] of touched) {
    const e = t.entry;
    if (
      e.starter === undefined &&
      e.createdAt !== undefined &&
      e.first &&
      Math.abs(e.first.at - e.createdAt) <= FIRST_MESSAGE_TOLERANCE_MS
    ) {
      e.starter = e.first.me ? 'me' : 'other';
      if (e.starter === 'other') e.inmail = undefined;
    }
    ctx.mem.conversations.set(thread, e);
    if (e.inmail && e.starter !== 'other' && t.responded) {
      const o: Observation = {
        kind: 'inmail-response',
        conversation: thread,
        key: `inmail-response:${thread}`,
      };
      if (e.counterpart) o.target = e.counterpart;
      out.push(o);
    }
  }
  return out;
}
