import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type Backup,
  backupFileName,
  buildBackup,
  MAX_BACKUP_BYTES,
  migrateBackup,
  parseBackup,
  serializeBackup,
} from '../../../lib/backup/backup';
import { MAX_EVENTS } from '../../../lib/backup/v1';
import type { BackupInvitationV2, BackupRemovedV2 } from '../../../lib/backup/v2';
import type {
  BackupAccountSettingsV3,
  BackupAccountV3,
  BackupEventV3,
  BackupSettingsV3,
} from '../../../lib/backup/v3';
import type { AccountRecord, InvitationRecord, RemovedRecord } from '../../../lib/db/schema';
import { ACTIVITY_KINDS, type ActivityEvent } from '../../../lib/domain/activity';
import { METER_IDS, PLANS } from '../../../lib/domain/limits';
import { type AccountSettings, defaultSettings, type Settings } from '../../../lib/domain/settings';
import { A, CONTENTS, EMPTY, EVENTS, NOW, SETTINGS } from './sample';

const backup = (): Backup => buildBackup(CONTENTS, NOW);
/** A backup's JSON after `edit` changed its plain-object form. */
const edited = (edit: (b: Record<string, unknown> & { events: Record<string, unknown>[] }) => void) => {
  const b = JSON.parse(serializeBackup(backup()));
  edit(b);
  return JSON.stringify(b);
};
const error = (text: string) => {
  const r = parseBackup(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.error;
};

describe('the backup format', () => {
  it('is what the store holds: the current version has exactly the stored shapes (else bump the version)', () => {
    expectTypeOf<BackupEventV3>().toEqualTypeOf<ActivityEvent>();
    expectTypeOf<BackupAccountV3>().toEqualTypeOf<AccountRecord>();
    expectTypeOf<BackupSettingsV3>().toEqualTypeOf<Settings>();
    expectTypeOf<BackupAccountSettingsV3['settings']>().toEqualTypeOf<AccountSettings>();
    expectTypeOf<BackupInvitationV2>().toEqualTypeOf<InvitationRecord>();
    expectTypeOf<BackupRemovedV2>().toEqualTypeOf<RemovedRecord>();
    expectTypeOf<Backup['settings']>().toEqualTypeOf<Settings>();
  });

  it('round-trips an export: build → text → parse gives the same data', () => {
    const b = backup();
    const r = parseBackup(serializeBackup(b));
    expect(r).toEqual({ ok: true, data: b });
    if (!r.ok) return;
    expect(r.data.settings.planChosenAt).toBe(SETTINGS.planChosenAt);
    expect(r.data.events).toEqual(EVENTS);
  });

  it('writes readable JSON that starts with what it is', () => {
    const text = serializeBackup(backup());
    expect(text).toMatch(
      /^\{\n {2}"format": "pacer-backup",\n {2}"version": 3,\n {2}"exportedAt": "2026-11-27T18:56:00.000Z",\n/,
    );
    expect(JSON.parse(text)).toEqual(backup());
  });

  it('keeps only the fields the format knows, and drops undefined ones', () => {
    const stored = [
      { ...EVENTS[0], extra: 'Hello Jane, long message text', noteLength: undefined } as ActivityEvent,
    ];
    const b = buildBackup({ ...CONTENTS, events: stored }, NOW);
    expect(Object.keys(b.events[0] ?? {})).toEqual(['key', 'account', 'kind', 'at', 'withNote', 'target']);
    expect(serializeBackup(b)).not.toContain('Hello Jane');
  });

  it('accepts every plan, kind and override the current Pacer can store', () => {
    const overrides = Object.fromEntries(METER_IDS.map((m) => [m, 3]));
    for (const plan of PLANS) {
      const settings = { ...defaultSettings(NOW), plan, overrides };
      const events = ACTIVITY_KINDS.map((kind, i) => ({ key: `k${i}`, account: A, kind, at: i }));
      const r = parseBackup(serializeBackup(buildBackup({ ...EMPTY, settings, events }, NOW)));
      expect(r.ok, plan).toBe(true);
    }
  });

  it('round-trips any valid events', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9:_=+/.@-]{1,60}$/);
    const event = fc.record(
      {
        key: id,
        account: fc.constantFrom(A, 'urn:li:fsd_profile:unknown'),
        kind: fc.constantFrom(...ACTIVITY_KINDS),
        at: fc.integer({ min: 0, max: 4_102_444_800_000 }),
        withNote: fc.boolean(),
        noteLength: fc.nat(300),
        target: id,
        conversation: id,
        action: fc.constantFrom('invite', 'invite-note', 'message', 'inmail' as const),
        code: fc.stringMatching(/^[A-Z_0-9]{1,40}$/),
      },
      { requiredKeys: ['key', 'account', 'kind', 'at'] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(event, { selector: (e) => e.key, maxLength: 20 }), (events) => {
        const b = buildBackup({ ...CONTENTS, events }, NOW);
        expect(parseBackup(serializeBackup(b))).toEqual({ ok: true, data: b });
      }),
      { numRuns: 100 },
    );
  });

  it('names the file after the date in the chosen zone', () => {
    expect(backupFileName(new Date('2026-11-27T23:30:00Z'), 'UTC')).toBe('pacer-backup-2026-11-27.json');
    expect(backupFileName(new Date('2026-11-27T23:30:00Z'), 'Europe/Paris')).toBe(
      'pacer-backup-2026-11-28.json',
    );
    expect(backupFileName(new Date('2026-01-05T08:00:00Z'), 'America/Los_Angeles')).toBe(
      'pacer-backup-2026-01-05.json',
    );
  });
});

describe('a file that is not a backup', () => {
  it.each([
    ['empty', '', 'Not a Pacer backup: the file is empty'],
    ['not JSON', 'hello, world', 'Not a Pacer backup: the file is not JSON'],
    [
      'JSON of another kind',
      '{"name":"my-app","version":"1.0.0"}',
      'Not a Pacer backup: this file was not exported by Pacer',
    ],
    ['a list', '[1,2,3]', 'Not a Pacer backup: this file was not exported by Pacer'],
    ['null', 'null', 'Not a Pacer backup: this file was not exported by Pacer'],
    [
      'another format',
      '{"format":"pacer-settings","version":1}',
      'Not a Pacer backup: this file was not exported by Pacer',
    ],
    [
      'no version',
      '{"format":"pacer-backup"}',
      'Not a Pacer backup: its version is missing or not a whole number',
    ],
    [
      'a text version',
      '{"format":"pacer-backup","version":"1"}',
      'Not a Pacer backup: its version is missing or not a whole number',
    ],
  ])('refuses %s', (_name, text, message) => {
    expect(error(text)).toBe(message);
  });

  it('says when a backup comes from a newer Pacer', () => {
    expect(error(edited((b) => (b.version = 7)))).toBe(
      'Backup version 7 is newer than this Pacer (it reads versions up to 3): update Pacer, then import again',
    );
  });

  it('refuses versions Pacer never wrote', () => {
    expect(error(edited((b) => (b.version = 0)))).toBe('Backup version 0 is not a version Pacer ever wrote');
    expect(error(edited((b) => (b.version = 1.5)))).toMatch(/^Not a Pacer backup: its version/);
  });

  it('refuses a file over the size cap before reading it', () => {
    expect(error(' '.repeat(MAX_BACKUP_BYTES + 1))).toBe(
      'This file is too large for a Pacer backup (over 50 MB)',
    );
  });

  it('refuses more events than the cap', () => {
    // A million events do not fit in 50 MB of text: the cap guards the parsed data too.
    const b = JSON.parse(serializeBackup(backup()));
    b.events = Array.from({ length: MAX_EVENTS + 1 }, (_, i) => ({ ...b.events[0], key: `k${i}` }));
    const r = migrateBackup(b);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('Backup: events must hold at most 1000000 events');
  });
});

describe('one bad record makes the whole file invalid', () => {
  it.each([
    ['a fractional time', (e: Record<string, unknown>) => (e.at = 1.5), 'Event 3: at must be a whole number'],
    ['a text time', (e: Record<string, unknown>) => (e.at = '2026-11-23'), 'Event 3: at must be a number'],
    [
      'a negative time',
      (e: Record<string, unknown>) => (e.at = -1),
      'Event 3: at must be a time after 1970 (milliseconds)',
    ],
    ['no time', (e: Record<string, unknown>) => delete e.at, 'Event 3: at is missing'],
    [
      'an unknown kind',
      (e: Record<string, unknown>) => (e.kind = 'poke'),
      /^Event 3: kind must be one of invite, /,
    ],
    [
      'a foreign account',
      (e: Record<string, unknown>) => (e.account = 'bob@example.com'),
      /^Event 3: account must be a LinkedIn profile id/,
    ],
    [
      'a key over 512 characters',
      (e: Record<string, unknown>) => (e.key = 'k'.repeat(513)),
      'Event 3: key must be at most 512 characters',
    ],
    ['an empty key', (e: Record<string, unknown>) => (e.key = ''), 'Event 3: key must not be empty'],
    [
      'a text flag',
      (e: Record<string, unknown>) => (e.withNote = 'yes'),
      'Event 3: withNote must be true or false',
    ],
    [
      'a negative length',
      (e: Record<string, unknown>) => (e.noteLength = -3),
      'Event 3: noteLength must be 0 or more',
    ],
    [
      'an unknown refusal action',
      (e: Record<string, unknown>) => (e.action = 'poke'),
      /^Event 3: action must be one of /,
    ],
    [
      'a code with spaces',
      (e: Record<string, unknown>) => (e.code = 'Please slow down'),
      /^Event 3: code must be a LinkedIn code/,
    ],
  ])('refuses %s', (_name, edit, message) => {
    const text = edited((b) => edit(b.events[2] as Record<string, unknown>));
    expect(error(text)).toMatch(message);
  });

  it('refuses text riding along: an unknown field anywhere', () => {
    expect(
      error(edited((b) => ((b.events[1] as Record<string, unknown>).text = 'Hi Jane, quick question'))),
    ).toBe('Event 2: unexpected field "text"');
    expect(error(edited((b) => ((b.events[0] as Record<string, unknown>).subject = 'Intro')))).toBe(
      'Event 1: unexpected field "subject"',
    );
    expect(error(edited((b) => (b.notes = ['Call Jane back'])))).toBe('Backup: unexpected field "notes"');
    expect(error(edited((b) => ((b.settings as Record<string, unknown>).signature = 'Pat')))).toBe(
      'Settings: unexpected field "signature"',
    );
    expect(
      error(
        edited(
          (b) => (((b.accounts as Record<string, unknown>[])[0] as Record<string, unknown>).note = 'Pat'),
        ),
      ),
    ).toBe('Account 1: unexpected field "note"');
    expect(
      error(
        edited(
          (b) =>
            ((
              (b.accountSettings as Record<string, unknown>[])[0]?.settings as Record<string, unknown>
            ).signature = 'Pat'),
        ),
      ),
    ).toBe('Backup: accountSettings.0.settings has unexpected field "signature"');
    expect(
      error(
        edited(
          (b) =>
            (((b.invitations as Record<string, unknown>[])[0] as Record<string, unknown>).message = 'Hi'),
        ),
      ),
    ).toBe('Backup: invitations.0 has unexpected field "message"');
  });

  it('refuses an id field that holds text', () => {
    expect(
      error(edited((b) => ((b.events[3] as Record<string, unknown>).target = 'Hello Jane, are you free?'))),
    ).toBe('Event 4: target must be an id (no spaces)');
  });

  it('refuses an event listed twice: it would count twice', () => {
    expect(error(edited((b) => b.events.push({ ...b.events[1] })))).toBe(
      `Event ${EVENTS.length + 1}: key appears twice (also event 2)`,
    );
    expect(
      error(
        edited((b) => (b.accounts as unknown[]).push({ ...(b.accounts as Record<string, unknown>[])[0] })),
      ),
    ).toBe('Account 3: account appears twice (also account 1)');
  });

  it('refuses a record that is not an object, and says how many more problems there are', () => {
    expect(error(edited((b) => (b.events[0] = 5 as never)))).toBe('Event 1: must be an object');
    expect(
      error(
        edited((b) => {
          (b.events[0] as Record<string, unknown>).at = 1.5;
          (b.events[4] as Record<string, unknown>).at = 2.5;
          (b.events[5] as Record<string, unknown>).kind = 'x';
        }),
      ),
    ).toBe('Event 1: at must be a whole number (and 2 more problems)');
  });

  it('refuses bad settings, naming the field', () => {
    expect(error(edited((b) => ((b.settings as { plan: string }).plan = 'gold')))).toMatch(
      /^Settings: plan must be one of free, premium-career/,
    );
    expect(error(edited((b) => ((b.settings as { zones: object }).zones = { warn: 95, red: 90 })))).toBe(
      'Settings: zones.warn must not be above the red threshold',
    );
    expect(error(edited((b) => ((b.settings as { timeZone: string }).timeZone = 'Mars/Olympus')))).toBe(
      'Settings: timeZone unknown time zone "Mars/Olympus"',
    );
    expect(error(edited((b) => delete (b.settings as { planChosenAt?: number }).planChosenAt))).toBe(
      'Settings: planChosenAt is missing',
    );
    expect(error(edited((b) => delete b.settings))).toBe('Backup: settings is missing');
    expect(error(edited((b) => (b.events = {} as never)))).toBe('Backup: events must be a list');
    expect(error(edited((b) => (b.exportedAt = 'yesterday')))).toBe(
      'Backup: exportedAt must be a date and time (ISO 8601)',
    );
  });
});
