// A LinkedIn stand-in for browser tests: serves LinkedIn-like pages and answers the page's
// API requests at the real https://www.linkedin.com URLs (no network). `respond` is the whole
// site; Chromium reaches it through Playwright routes (`install`), Firefox through puppeteer's
// request interception (tests/firefox/support/firefox.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from 'playwright-core';

const SITE = fileURLToPath(new URL('../site/', import.meta.url));
const read = (name: string) => readFileSync(SITE + name, 'utf8');

export interface Person {
  slug: string;
  id: string;
  name: string;
  headline: string;
  /** What LinkedIn's compose option says about messaging this person. */
  compose: 'CONNECTION_MESSAGE' | 'PREMIUM_INMAIL' | 'OPEN_PROFILE';
}

export const PEOPLE: Person[] = [
  {
    slug: 'jane-doe',
    id: 'ACoAAJaneDoe0001',
    name: 'Jane Doe',
    headline: 'VP Sales',
    compose: 'CONNECTION_MESSAGE',
  },
  {
    slug: 'john-roe',
    id: 'ACoAAJohnRoe0002',
    name: 'John Roe',
    headline: 'Head of Talent',
    compose: 'PREMIUM_INMAIL',
  },
  {
    slug: 'olga-open',
    id: 'ACoAAOlgaOpen003',
    name: 'Olga Open',
    headline: 'Open Profile',
    compose: 'OPEN_PROFILE',
  },
  {
    slug: 'marie-dupont',
    id: 'ACoAAMarieDup004',
    name: 'Marie Dupont',
    headline: 'Directrice',
    compose: 'CONNECTION_MESSAGE',
  },
];

const TEXT = {
  en: {
    inviteTitle: 'Add a note to your invitation?',
    addNote: 'Add a note',
    sendWithoutNote: 'Send without a note',
    sendInvitation: 'Send invitation',
    send: 'Send',
    messaging: 'Messaging',
    subject: 'Subject (optional)',
    writeMessage: 'Write a message…',
    connect: 'Connect',
    message: 'Message',
    feed: 'Home',
  },
  fr: {
    inviteTitle: 'Ajouter une note à votre invitation ?',
    addNote: 'Ajouter une note',
    sendWithoutNote: 'Envoyer sans note',
    sendInvitation: 'Envoyer l’invitation',
    send: 'Envoyer',
    messaging: 'Messagerie',
    subject: 'Objet (facultatif)',
    writeMessage: 'Rédigez un message…',
    connect: 'Se connecter',
    message: 'Message',
    feed: 'Accueil',
  },
};

/** An invite endpoint Pacer does not know (tests/e2e/site/moved-send.html sends to it). */
export const MOVED_INVITE_PATH = '/voyager/api/voyagerRelationshipsDashInvitationsV9';

/** One answer of the fake site, whichever driver serves it. */
export interface Reply {
  status: number;
  type: string;
  body: string;
}

export type InviteMode = 'ok' | 'weekly-limit' | 'note-limit' | 'cant-resend' | 'server-error';

/** The member signed in: who LinkedIn's `/me` says they are. */
export interface Member {
  slug: string;
  id: string;
  premium: boolean;
  firstName?: string;
  lastName?: string;
}

export class FakeLinkedIn {
  self: Member = { slug: 'pat-pacer', id: 'ACoAAPatPacer999', premium: false };
  /** Tabs signed in as someone else than `self` (LinkedIn's cookies, as if each tab had its own). */
  private readonly members = new WeakMap<object, Member>();
  inviteMode: InviteMode = 'ok';
  /** When set, accept this many more invites, then refuse with the weekly limit (a learned ceiling). */
  invitesBeforeLimit: number | null = null;
  messageStatus = 200;
  /** The answer to the next messaging read (voyagerMessagingGraphQL). */
  messagingRead: unknown = { data: {} };
  /** LinkedIn's sent-invitations list (My Network › Manage invitations › Sent), when a test sets one. */
  sentInvitations: unknown = null;
  /** When set, every accepted invite is answered with this invitation URN (one send seen twice). */
  fixedInvitationUrn: string | null = null;
  /** Every API request the page made: what a test asserts LinkedIn "saw". */
  readonly requests: { method: string; path: string; status: number }[] = [];
  private seq = 7_233_657_330_934;

  async install(context: BrowserContext): Promise<void> {
    await context.route(/^https:\/\/(www\.)?linkedin\.com\//, (route) => this.handle(route));
  }

  /** From now on, `page` (a tab, whichever driver's) is signed in as `member` (its next load and requests say so). */
  signIn(page: object, member: Member): void {
    this.members.set(page, member);
  }

  /** Who the request's tab is signed in as. */
  private memberOf(route: Route): Member {
    try {
      return this.members.get(route.request().frame().page()) ?? this.self;
    } catch {
      return this.self; // a request from no page (the service worker)
    }
  }

  private async handle(route: Route): Promise<void> {
    const req = route.request();
    const reply = this.respond(req.method(), req.url(), req.postData() ?? '', this.memberOf(route));
    await route.fulfill({ status: reply.status, contentType: reply.type, body: reply.body });
  }

  /**
   * The answer to one request at a linkedin.com URL, as the tab signed in as `member` (by default
   * the tab `tab` is signed in as, else `self`) sees it; API requests are recorded in `requests`.
   */
  respond(method: string, href: string, body: string, member?: Member | { tab: object }): Reply {
    const url = new URL(href);
    // Every answer is built synchronously from `self`: the tab's member stands in for it meanwhile.
    const shared = this.self;
    this.self = member && 'tab' in member ? (this.members.get(member.tab) ?? shared) : (member ?? shared);
    let reply: Reply;
    try {
      reply = this.answer(method, url, body);
    } finally {
      this.self = shared;
    }
    if (url.pathname.startsWith('/voyager/') || url.pathname.startsWith('/sales-api/')) {
      this.requests.push({ method, path: url.pathname + url.search, status: reply.status });
    }
    return reply;
  }

  private answer(method: string, url: URL, _body: string): Reply {
    const json = (status: number, data: unknown) => ({
      status,
      type: 'application/json',
      body: JSON.stringify(data),
    });
    const html = (body: string) => ({ status: 200, type: 'text/html; charset=utf-8', body });
    const p = url.pathname;
    if (p === '/__pacer_fixture__/app.js')
      return { status: 200, type: 'text/javascript', body: read('app.js') };
    if (p === '/__pacer_fixture__/frames/') return html(this.framesPage());
    if (p === '/__pacer_fixture__/frames/child') return html(read('frame.html'));
    if (p === '/__pacer_fixture__/moved-send/') return html(this.movedSendPage());
    if (p === MOVED_INVITE_PATH && method === 'POST') return json(201, { value: { status: 'ok' } });
    if (p === '/voyager/api/me') return json(200, this.meAnswer());
    if (p === '/voyager/api/voyagerRelationshipsDashMemberRelationships' && method === 'POST')
      return this.inviteAnswer();
    if (p.startsWith('/voyager/api/voyagerMessagingDashComposeOptions/'))
      return json(200, this.composeAnswer(decodeURIComponent(p)));
    if (p === '/voyager/api/voyagerMessagingDashMessengerMessages' && method === 'POST')
      return this.messageAnswer(_body);
    if (p === '/voyager/api/voyagerMessagingGraphQL/graphql') return json(200, this.messagingRead);
    // The engagement bucket: a reaction (201, no body), a comment (its urn), a deleted comment (204),
    // and the SDUI actions (a flight stream).
    if (p === '/voyager/api/voyagerSocialDashReactions' && method === 'POST')
      return { status: 201, type: 'application/json', body: '' };
    if (p === '/voyager/api/voyagerSocialDashNormComments' && method === 'POST') {
      const id = `7300${++this.seq}`;
      return json(201, {
        data: { entityUrn: `urn:li:fsd_comment:(${id},urn:li:activity:7300000000000000001)` },
      });
    }
    if (p.startsWith('/voyager/api/feed/comments/') && method === 'DELETE')
      return { status: 204, type: 'application/json', body: '' };
    if (p === '/flagship-web/rsc-action/actions/server-request' && method === 'POST')
      return { status: 200, type: 'text/x-component', body: '0:{}\n' };
    if (p === '/voyager/api/relationships/sentInvitationViewsV2' && this.sentInvitations)
      return json(200, this.sentInvitations);
    if (p.startsWith('/voyager/') || p.startsWith('/sales-api/')) return json(404, { status: 404 });
    const person = p.startsWith('/in/') ? PEOPLE.find((x) => p.startsWith(`/in/${x.slug}`)) : undefined;
    if (person) return html(this.profilePage(person, person.slug === 'marie-dupont' ? 'fr' : 'en'));
    if (p.startsWith(`/in/${this.self.slug}`)) {
      return html(
        this.profilePage(
          { ...this.self, name: 'Pat Pacer', headline: 'That is me', compose: 'CONNECTION_MESSAGE' },
          'en',
        ),
      );
    }
    return html(
      this.profilePage(
        {
          slug: 'feed',
          id: 'ACoAAFeedNobody0',
          name: 'Home feed',
          headline: 'Posts',
          compose: 'CONNECTION_MESSAGE',
        },
        'en',
      ),
    );
  }

  meAnswer() {
    const { id, slug, premium } = this.self;
    return {
      data: {
        plainId: 1755708209,
        premiumSubscriber: premium,
        '*miniProfile': `urn:li:fs_miniProfile:${id}`,
        $type: 'com.linkedin.voyager.common.Me',
      },
      included: [
        {
          entityUrn: `urn:li:fs_miniProfile:${id}`,
          dashEntityUrn: `urn:li:fsd_profile:${id}`,
          publicIdentifier: slug,
          firstName: this.self.firstName ?? 'Pat',
          lastName: this.self.lastName ?? 'Pacer',
          $type: 'com.linkedin.voyager.identity.shared.MiniProfile',
        },
      ],
    };
  }

  private inviteAnswer() {
    const json = (status: number, data: unknown) => ({
      status,
      type: 'application/json',
      body: JSON.stringify(data),
    });
    let mode = this.inviteMode;
    if (mode === 'ok' && this.invitesBeforeLimit !== null) {
      if (this.invitesBeforeLimit <= 0) mode = 'weekly-limit';
      else this.invitesBeforeLimit--;
    }
    switch (mode) {
      case 'weekly-limit':
        return json(400, { data: { code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED', status: 400 } });
      case 'note-limit':
        return json(429, { data: { code: 'CUSTOM_INVITE_LIMIT_REACHED', status: 429 } });
      case 'cant-resend':
        return json(400, { data: { code: 'CANT_RESEND_YET', message: 'Already sent.' } });
      case 'server-error':
        return json(500, { status: 500 });
      default: {
        const urn = this.fixedInvitationUrn ?? `urn:li:fsd_invitation:${++this.seq}`;
        return json(200, {
          data: {
            value: {
              invitationUrn: urn,
              '*invitation': urn,
              $type: 'com.linkedin.voyager.dash.relationships.invitation.InvitationCreationResult',
            },
            $type: 'com.linkedin.restli.common.ActionResponse',
          },
          included: [
            { entityUrn: urn, $type: 'com.linkedin.voyager.dash.relationships.invitation.Invitation' },
          ],
        });
      }
    }
  }

  private composeAnswer(path: string) {
    const person = PEOPLE.find((x) => path.includes(x.id));
    const type =
      person?.compose === 'OPEN_PROFILE' ? 'PREMIUM_INMAIL' : (person?.compose ?? 'CONNECTION_MESSAGE');
    return {
      data: {
        $type: 'com.linkedin.voyager.dash.messaging.compose.ComposeOption',
        composeOptionType: type,
        composeNavigationContext: {
          recipientUrns: person ? [`urn:li:fsd_profile:${person.id}`] : [],
          paidInMail: person?.compose === 'PREMIUM_INMAIL',
        },
      },
    };
  }

  private messageAnswer(body: string) {
    if (this.messageStatus !== 200) {
      return {
        status: this.messageStatus,
        type: 'application/json',
        body: JSON.stringify({ status: this.messageStatus }),
      };
    }
    const id = ++this.seq;
    const me = `urn:li:fsd_profile:${this.self.id}`;
    let conversation = `urn:li:msg_conversation:(${me},2-${Buffer.from(String(id)).toString('base64')})`;
    try {
      conversation = JSON.parse(body)?.message?.conversationUrn ?? conversation;
    } catch {}
    return {
      status: 200,
      type: 'application/json',
      body: JSON.stringify({
        value: {
          entityUrn: `urn:li:msg_message:(${me},2-MSG${id})`,
          backendUrn: `urn:li:messagingMessage:${id}`,
          conversationUrn: conversation,
          senderUrn: `urn:li:msg_messagingParticipant:${me}`,
          deliveredAt: Date.now(),
          renderContentUnions: [],
        },
      }),
    };
  }

  /** The answer to a messaging read saying the recipient accepted an InMail conversation. */
  inmailAcceptedRead(conversation: string, person: Person) {
    const me = `urn:li:fsd_profile:${this.self.id}`;
    return {
      data: {
        messengerConversationsBySyncToken: {
          elements: [
            {
              entityUrn: conversation,
              categories: ['INBOX', 'PRIMARY_INBOX', 'INMAIL'],
              state: 'ACCEPTED',
              creator: { hostIdentityUrn: me },
              conversationParticipants: [
                { hostIdentityUrn: me },
                { hostIdentityUrn: `urn:li:fsd_profile:${person.id}` },
              ],
            },
          ],
        },
      },
    };
  }

  /** A page whose invite dialog sends to MOVED_INVITE_PATH, unknown to Pacer. */
  movedSendPage(): string {
    const meJson = JSON.stringify(this.meAnswer()).replace(/</g, '\\u003c');
    const vars: Record<string, string> = {
      meJson,
      movedPath: MOVED_INVITE_PATH,
      profileId: 'ACoAAJaneDoe0001',
    };
    return read('moved-send.html').replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');
  }

  /** A LinkedIn page with a same-origin iframe (LinkedIn embeds some of its own pages). */
  framesPage(): string {
    const meJson = JSON.stringify(this.meAnswer()).replace(/</g, '\\u003c');
    return read('frames.html').replace('{{meJson}}', () => meJson);
  }

  profilePage(person: Person, lang: 'en' | 'fr'): string {
    const t = TEXT[lang];
    const vars: Record<string, string> = {
      lang,
      name: person.name,
      headline: person.headline,
      profileId: person.id,
      selfSlug: this.self.slug,
      inviteAria:
        lang === 'fr'
          ? `Inviter ${person.name} à rejoindre votre réseau`
          : `Invite ${person.name} to connect`,
      connectLabel: t.connect,
      messageLabel: t.message,
      feedLabel: t.feed,
      meJson: JSON.stringify(this.meAnswer()).replace(/</g, '\\u003c'),
      fixtureJson: JSON.stringify({
        selfId: this.self.id,
        profileId: person.id,
        name: person.name,
        text: t,
      }).replace(/</g, '\\u003c'),
    };
    return read('profile.html').replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');
  }
}
