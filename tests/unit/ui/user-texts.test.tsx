// @vitest-environment happy-dom
// What a user reads, as rendered: the popup (every plan, every meter's details, a refusal, the InMail
// ledger), the options form (every plan) and the in-page banner cite no internal material — no "seed",
// no "research §", no bare article id — and say things in plain words ("could come back if
// answered", never "refunds pending").
import { describe, expect, it } from 'vitest';
import { OptionsForm } from '../../../components/options-form';
import { PopupView } from '../../../components/popup-view';
import { warningText } from '../../../entrypoints/linkedin.content/banner';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { computeBudgets } from '../../../lib/domain/budgets';
import { PLANS, type PlanId } from '../../../lib/domain/limits';
import { sendWarnings } from '../../../lib/domain/send-warnings';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';
import { warningFacts } from '../../../lib/domain/warning-facts';
import { mount } from './render';

const NOW = new Date('2026-11-27T18:56:00Z');
const TZ = 'Europe/Paris';
const ME = 'urn:li:fsd_profile:ACoAAMe';

const INTERNAL: [string, RegExp][] = [
  ['seed', /\bseeds?\b/i],
  ['research §', /research\s*§/i],
  ['a section sign', /§/],
  ['a bare note id', /\bs\d{2}\b/i],
  ['a bare LinkedIn Help id', /\b(?:a\d{5,}|answer\/\d+)\b/i],
  ['a numbered source file', /\b\d{3}_/],
];
const JARGON: [string, RegExp][] = [['refunds pending', /refunds? pending/i]];

function expectPlain(where: string, text: string) {
  for (const [what, re] of [...INTERNAL, ...JARGON])
    expect(text, `${where} says ${what}: ${text}`).not.toMatch(re);
}

const events: ActivityEvent[] = [
  { key: 'invite:1', account: ME, kind: 'invite', at: NOW.getTime() - 7_200_000, withNote: true },
  { key: 'inmail:1', account: ME, kind: 'inmail', at: NOW.getTime() - 7_200_000 },
  {
    key: 'refused:1',
    account: ME,
    kind: 'limit-reached',
    at: NOW.getTime() - 3_600_000,
    action: 'invite',
    code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED',
  },
];

const settingsFor = (plan: PlanId): Settings => ({
  ...defaultSettings(new Date('2026-11-01T00:00:00Z')),
  plan,
  engagementMeter: true,
});

describe('what the user reads', () => {
  it('the checks catch what they are meant to catch', () => {
    for (const bad of [
      'seed 001',
      'research §3',
      'LinkedIn Help a550555',
      'see s05',
      '001_limits',
      'Refunds pending',
    ])
      expect(
        [...INTERNAL, ...JARGON].some(([, re]) => re.test(bad)),
        bad,
      ).toBe(true);
  });

  it.each(PLANS)('the popup on %s, every detail included', (plan) => {
    const settings = settingsFor(plan);
    const report = computeBudgets({ settings, events, now: NOW, timeZone: TZ });
    const root = mount(
      <PopupView
        data={{
          account: { account: ME, firstSeenAt: 0, lastSeenAt: 1, slug: 'me' },
          accounts: [],
          settings,
          timeZone: TZ,
          report,
        }}
        now={NOW}
      />,
    );
    // Hidden details are in the DOM: textContent reads them too.
    expect(root.querySelectorAll('.meter-source').length).toBeGreaterThan(5);
    expectPlain(`popup (${plan})`, root.textContent ?? '');
    if (report.inmail) expect(root.textContent).toContain('Could come back if answered');
  });

  it.each(PLANS)('the options form on %s', (plan) => {
    const root = mount(
      <OptionsForm
        settings={settingsFor(plan)}
        onSave={async () => ({ ok: true })}
        browserZone={TZ}
        timeZones={[TZ]}
        now={() => NOW}
      />,
    );
    expectPlain(`options (${plan})`, root.textContent ?? '');
  });

  it('the banner', () => {
    const report = computeBudgets({
      settings: settingsFor('premium-business'),
      events,
      now: NOW,
      timeZone: TZ,
    });
    const facts = warningFacts(report);
    for (const surface of ['invite', 'message', 'inmail'] as const) {
      for (const w of sendWarnings(facts, { surface, noteLength: 400 }))
        expectPlain(`banner (${surface})`, warningText(w, TZ, NOW.getTime()));
    }
  });
});
