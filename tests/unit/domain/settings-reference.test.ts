// The settings checker is hand-written (the service worker cannot carry zod). This holds it to the
// zod schema it replaced: on thousands of generated inputs both accept the same settings and name
// the same fields.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { METER_IDS, type MeterId, PLANS } from '../../../lib/domain/limits';
import { isValidTimeZone } from '../../../lib/domain/local-time';
import { defaultSettings, parseSettings, WEEKLY_MODES } from '../../../lib/domain/settings';

const count = z.number().int().min(0);
const percent = z.number().min(1).max(100);
const overridesShape = Object.fromEntries(METER_IDS.map((id) => [id, count.optional()])) as Record<
  MeterId,
  z.ZodOptional<typeof count>
>;

/** The zod schema Pacer used before: the reference. */
const reference = z
  .strictObject({
    plan: z.enum(PLANS),
    planChosenAt: z.number().int().min(0),
    weeklyMode: z.enum(WEEKLY_MODES),
    overrides: z.strictObject(overridesShape),
    zones: z.strictObject({ warn: percent, red: percent }),
    inmail: z.strictObject({
      refillDay: z.number().int().min(1).max(31),
      expires: z.boolean().nullable(),
      calibration: z.strictObject({ balance: count, at: z.number().int().min(0) }).nullable(),
    }),
    timeZone: z
      .string()
      .refine((tz) => isValidTimeZone(tz))
      .nullable(),
    confirmRedSend: z.boolean(),
  })
  .superRefine((s, ctx) => {
    if (s.zones.warn > s.zones.red) ctx.addIssue({ code: 'custom', path: ['zones', 'warn'], message: 'x' });
  });

const anyValue = fc.oneof(
  fc.constantFrom(
    0,
    1,
    -1,
    2.5,
    31,
    32,
    50,
    100,
    101,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    null,
    undefined,
    true,
    false,
    '',
    '7',
    'free',
    'sales-navigator-core',
    'rolling-7d',
    'Europe/Paris',
    'Europe/Atlantis',
    [],
    {},
  ),
  fc.integer({ min: -5, max: 2_000_000_000_000 }),
  fc.double({ min: -10, max: 200, noNaN: false }),
);

/** A valid settings object with up to four fields replaced (nested ones too) or extra keys added. */
const mutated = fc
  .record({
    plan: fc.constantFrom(...PLANS),
    weeklyMode: fc.constantFrom(...WEEKLY_MODES),
    warn: fc.integer({ min: 1, max: 100 }),
    red: fc.integer({ min: 1, max: 100 }),
    overrides: fc.dictionary(fc.constantFrom(...METER_IDS), fc.integer({ min: 0, max: 500 }), { maxKeys: 3 }),
    calibration: fc.option(fc.record({ balance: fc.nat(200), at: fc.nat() })),
    timeZone: fc.constantFrom(null, 'Asia/Kathmandu', 'America/Santiago'),
    edits: fc.array(
      fc.tuple(
        fc.constantFrom(
          'plan',
          'planChosenAt',
          'weeklyMode',
          'overrides',
          'zones',
          'inmail',
          'timeZone',
          'confirmRedSend',
          'extra',
          'zones.warn',
          'zones.red',
          'zones.extra',
          'inmail.refillDay',
          'inmail.expires',
          'inmail.calibration',
          'inmail.calibration.balance',
          'inmail.calibration.at',
          'overrides.invites-week',
          'overrides.likes-day',
        ),
        anyValue,
      ),
      { maxLength: 4 },
    ),
  })
  .map(({ edits, warn, red, ...v }) => {
    const s = {
      ...defaultSettings(new Date('2026-11-24T09:00:00Z')),
      plan: v.plan,
      weeklyMode: v.weeklyMode,
      overrides: v.overrides,
      zones: { warn, red },
      timeZone: v.timeZone,
    } as Record<string, unknown>;
    s.inmail = { refillDay: 1, expires: null, calibration: v.calibration };
    for (const [path, value] of edits) {
      const parts = path.split('.');
      let target: unknown = s;
      for (const p of parts.slice(0, -1)) target = (target as Record<string, unknown> | null)?.[p];
      if (typeof target === 'object' && target !== null)
        (target as Record<string, unknown>)[parts.at(-1) as string] = value;
    }
    return s;
  });

const CROSS = 'must not be above the red threshold';

describe('settings checker vs the zod reference', () => {
  it('accepts and rejects the same inputs and names the same fields', () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutated, (input) => {
        const ours = parseSettings(input);
        const theirs = reference.safeParse(input);
        expect(ours.ok).toBe(theirs.success);
        if (!ours.ok && !theirs.success) {
          rejected++;
          // The warn-above-red check may run alongside other errors or not (zod runs it unless a
          // type is wrong): compare the fields of every other error.
          const ourFields = ours.errors.filter((e) => !e.message.endsWith(CROSS)).map((e) => e.field);
          const theirFields = theirs.error.issues
            .filter((i) => i.message !== 'x')
            .map((i) => i.path.map(String).join('.') || '(settings)');
          expect(new Set(ourFields)).toEqual(new Set(theirFields));
        }
        if (ours.ok && theirs.success) expect(ours.settings).toEqual(JSON.parse(JSON.stringify(theirs.data)));
      }),
      { numRuns: 3000 },
    );
    expect(rejected).toBeGreaterThan(500);
  });
});
