// Sample store contents for backup tests: every event kind and optional field, two accounts.
import type { BackupContents } from '../../../lib/backup/backup';
import type { AccountRecord } from '../../../lib/db/schema';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { accountPart, defaultSettings, type Settings } from '../../../lib/domain/settings';

export const A = 'urn:li:fsd_profile:ACoAAPatPacer999';
export const B = 'urn:li:fsd_profile:ACoAABob0000001';
export const T0 = Date.parse('2026-11-23T10:00:00Z');
export const NOW = new Date('2026-11-27T18:56:00Z');

export const SETTINGS: Settings = {
  ...defaultSettings(new Date(T0 - 10 * 86_400_000)),
  plan: 'premium-career',
  weeklyMode: 'rolling-7d',
  overrides: { 'invites-week': 80, 'inmails-balance': 7 },
  zones: { warn: 60, red: 85 },
  inmail: { refillDay: 15, expires: false, calibration: { balance: 4, at: T0 - 86_400_000 } },
  timeZone: 'Europe/Paris',
  confirmRedSend: false,
  pending: { warn: 250, red: 400 },
  engagementMeter: true,
};

export const ACCOUNTS: AccountRecord[] = [
  {
    account: A,
    firstSeenAt: T0 - 86_400_000,
    lastSeenAt: T0 + 9000,
    premium: true,
    slug: 'pat-pacer',
    name: 'Pat Pacer',
    salesNavigatorSeenAt: T0 + 100,
    connections: { count: 29_412, at: T0 + 50 },
  },
  { account: B, firstSeenAt: T0, lastSeenAt: T0 },
];

export const EVENTS: ActivityEvent[] = [
  {
    key: 'invite:7233657330935',
    account: A,
    kind: 'invite',
    at: T0,
    withNote: true,
    noteLength: 42,
    target: 'urn:li:fsd_profile:ACoAAJaneDoe0001',
  },
  {
    key: 'invite:7233657330936',
    account: A,
    kind: 'invite',
    at: T0 + 1000,
    withNote: false,
    target: 'john-roe',
  },
  {
    key: 'invite-withdrawn:7233657330936',
    account: A,
    kind: 'invite-withdrawn',
    at: T0 + 2000,
    target: 'john-roe',
  },
  {
    key: 'message:2-MSG1',
    account: A,
    kind: 'message',
    at: T0 + 3000,
    target: 'jane-doe',
    conversation: '2-ABC=',
  },
  { key: 'reply:2-MSG2', account: A, kind: 'reply', at: T0 + 4000, conversation: '2-ABC=' },
  {
    key: 'inmail:2-MSG3',
    account: A,
    kind: 'inmail',
    at: T0 + 5000,
    target: 'john-roe',
    conversation: '2-DEF=',
  },
  { key: 'open-profile-message:h:0123456789abcdef', account: A, kind: 'open-profile-message', at: T0 + 6000 },
  {
    key: 'inmail-response:2-DEF=',
    account: A,
    kind: 'inmail-response',
    at: T0 + 7000,
    conversation: '2-DEF=',
  },
  {
    key: 'profile-view:marie-dupont@x@1',
    account: A,
    kind: 'profile-view',
    at: T0 + 8000,
    target: 'marie-dupont',
  },
  {
    key: 'limit-reached:invite:CANT_INVITE_CONNECTION_LIMIT_REACHED:abc@x@2',
    account: A,
    kind: 'limit-reached',
    at: T0 + 9000,
    action: 'invite',
    code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED',
  },
  { key: 'invite:7233657330937', account: B, kind: 'invite', at: T0 },
  { key: 'manual:invite:1', account: B, kind: 'invite', at: T0 + 100, source: 'manual', withNote: false },
  { key: 'unconfirmed:message:1', account: B, kind: 'message', at: T0 + 200, unconfirmed: true },
  { key: 'comment:urn:li:comment:(activity:7001,7002)', account: A, kind: 'comment', at: T0 + 300 },
  { key: 'reaction:urn:li:activity:7003', account: A, kind: 'reaction', at: T0 + 400 },
];

export const CONTENTS: BackupContents = {
  settings: SETTINGS,
  accountSettings: [
    { account: A, value: accountPart(SETTINGS) },
    {
      account: B,
      value: {
        ...accountPart(defaultSettings(new Date(T0))),
        plan: 'sales-navigator-core',
        planConfirmed: true,
        rampUp: { startedAt: T0 - 7 * 86_400_000, heldDays: 2, heldSince: null },
        ceilings: {
          'invites-week': { count: 87, at: T0 + 9000, code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED' },
        },
      },
    },
  ],
  accounts: ACCOUNTS,
  events: EVENTS,
  removed: [{ key: 'invite:7233657330999', account: A, removedAt: T0 + 10_000 }],
  invitations: [
    {
      key: 'urn:li:fsd_invitation:7233657330935',
      account: A,
      invitee: 'urn:li:fsd_profile:ACoAAJaneDoe0001',
      sentAt: T0,
      sentAtExact: true,
      status: 'pending',
      seenAt: T0 + 5000,
      withNote: true,
    },
  ],
};

/** Nothing stored but the defaults. */
export const EMPTY: BackupContents = {
  settings: defaultSettings(new Date(T0)),
  accountSettings: [],
  accounts: [],
  events: [],
  removed: [],
  invitations: [],
};
