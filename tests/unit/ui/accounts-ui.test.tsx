// @vitest-environment happy-dom
// Several LinkedIn accounts on the pages: the options page shows and saves the settings of the
// account picked (at first the one in use), the popup opens on the account in use and asks a new
// account's plan once, offering LinkedIn's own signals as a one-click answer.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanQuestion } from '../../../components/plan-question';
import { defaultAccount, OptionsApp } from '../../../entrypoints/options/app';
import { PopupApp } from '../../../entrypoints/popup/app';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import { loadSettings, saveSettings as storeSettings } from '../../../lib/db/settings-store';
import type { SeenAccount } from '../../../lib/domain/account-report';
import {
  accountPart,
  defaultSettings,
  type Settings,
  type SettingsPatch,
} from '../../../lib/domain/settings';
import { sendMessage } from '../../../lib/messaging';
import { applySettingsPatch } from '../../../lib/schemas/settings';
import { readAccountInUse } from '../../../lib/storage/account-in-use';
import { waitFor } from './render';

vi.mock('../../../lib/messaging', () => ({ sendMessage: vi.fn() }));
vi.mock('../../../lib/storage/account-in-use', () => ({ readAccountInUse: vi.fn() }));

const send = vi.mocked(sendMessage);
const inUse = vi.mocked(readAccountInUse);
const NOW = new Date();
const ALICE: SeenAccount = {
  account: 'urn:li:fsd_profile:ACoAAAliceAcct01',
  firstSeenAt: NOW.getTime() - 86_400_000,
  lastSeenAt: NOW.getTime() - 1000,
  slug: 'alice-a',
  name: 'Alice Able',
};
const BOB: SeenAccount = {
  account: 'urn:li:fsd_profile:ACoAABobAccount2',
  firstSeenAt: NOW.getTime() - 86_400_000,
  lastSeenAt: NOW.getTime() - 60_000,
  premium: true,
};

let db: PacerDb;
let host: HTMLElement | null = null;

/** The worker's side of `updateSettings`: check the patch, store the result for its account. */
async function workerSave(data: SettingsPatch & { account?: string | null }) {
  const { account = null, ...patch } = data;
  const current = await loadSettings(db, new Date(), account);
  const res = applySettingsPatch(current, patch, new Date());
  if (!res.ok) return { ok: false as const, errors: res.errors };
  await storeSettings(db, res.settings, account);
  return { ok: true as const };
}

async function seed(accounts: SeenAccount[], own: Record<string, Partial<Settings>>) {
  await db.accounts.bulkAdd(accounts);
  for (const a of accounts)
    await db.accountSettings.put({
      account: a.account,
      value: accountPart({ ...defaultSettings(NOW), ...own[a.account] }),
    });
}

function mount(node: preact.ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
}

async function change(el: HTMLSelectElement, value: string) {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

beforeEach(() => {
  db = openDb();
  inUse.mockResolvedValue(null);
  send.mockImplementation((async (name: string, data: SettingsPatch) =>
    name === 'updateSettings' ? workerSave(data) : undefined) as never);
});
afterEach(async () => {
  if (host) {
    const root = host;
    await act(() => render(null, root));
    root.remove();
    host = null;
  }
  localStorage.clear();
  await db.delete();
});

describe('the options page with several accounts', () => {
  const select = (root: HTMLElement, name: string) =>
    root.querySelector<HTMLSelectElement>(`select[name="${name}"]`);

  it('opens on the account in use, and shows and saves the picked account’s own settings', async () => {
    await seed([ALICE, BOB], {
      [ALICE.account]: { plan: 'premium-career', planConfirmed: true },
      [BOB.account]: { plan: 'sales-navigator-core', planConfirmed: true },
    });
    inUse.mockResolvedValue(BOB.account);
    const root = mount(<OptionsApp />);
    const account = await waitFor(() => select(root, 'account'), 'the picker');
    await waitFor(() => select(root, 'plan')?.value === 'sales-navigator-core', 'Bob’s plan');
    expect(account.value).toBe(BOB.account);
    // The value is the profile urn; the text the name and slug, else the whole id.
    expect([...account.options].map((o) => [o.value, o.textContent])).toEqual([
      [ALICE.account, 'Alice Able (alice-a)'],
      [BOB.account, 'Account ACoAABobAccount2'],
    ]);

    const plan = select(root, 'plan');
    if (!plan) throw new Error('no plan');
    await change(plan, 'sales-navigator-advanced');
    await waitFor(() => root.querySelector('.status')?.textContent === 'Saved', 'the save');
    expect(send).toHaveBeenCalledWith('updateSettings', {
      plan: 'sales-navigator-advanced',
      account: BOB.account,
    });
    expect((await loadSettings(db, NOW, BOB.account)).plan).toBe('sales-navigator-advanced');
    expect((await loadSettings(db, NOW, ALICE.account)).plan).toBe('premium-career');

    await change(account, ALICE.account);
    await waitFor(() => select(root, 'plan')?.value === 'premium-career', 'Alice’s plan');
    expect(root.textContent).toContain('Limits for Alice Able (alice-a)');
    expect(root.textContent).toContain('Zones (all accounts)');
  });

  it('opens on the account seen most recently when none is in use', async () => {
    await seed([ALICE, BOB], {});
    const root = mount(<OptionsApp />);
    const account = await waitFor(() => select(root, 'account'), 'the picker');
    expect(account.value).toBe(ALICE.account);
    expect(defaultAccount([ALICE, BOB], 'urn:li:fsd_profile:gone')).toBe(ALICE.account);
    expect(defaultAccount([], BOB.account)).toBeNull();
  });

  it('edits the shared settings before any account is seen, and says the plan goes to the first one', async () => {
    const root = mount(<OptionsApp />);
    const plan = await waitFor(() => select(root, 'plan'), 'the settings');
    expect(select(root, 'account')).toBeNull();
    expect(root.querySelector('[data-account-scope="shared"]')?.textContent).toContain(
      'apply to the first account it sees',
    );
    await change(plan, 'recruiter-lite');
    await waitFor(() => root.querySelector('.status')?.textContent === 'Saved', 'the save');
    expect(send).toHaveBeenCalledWith('updateSettings', { plan: 'recruiter-lite' });
  });
});

describe('the popup with several accounts', () => {
  const ask = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-ask="plan"]');

  it('opens on the account in use and asks its plan once, saved for that account', async () => {
    await seed([ALICE, BOB], {
      [ALICE.account]: { plan: 'premium-career', planConfirmed: true },
      [BOB.account]: { plan: 'free', planConfirmed: false },
    });
    inUse.mockResolvedValue(BOB.account);
    const root = mount(<PopupApp initial={null} initialNow={new Date()} />);
    const question = await waitFor(() => ask(root), 'the plan question');
    expect(root.querySelector<HTMLSelectElement>('select[name="account"]')?.value).toBe(BOB.account);
    // Bob is Premium by LinkedIn's flag: suggested, not switched.
    const suggest = question.querySelector<HTMLButtonElement>('[data-suggest="plan"]');
    expect(suggest?.value).toBe('premium-career');
    expect((await loadSettings(db, NOW, BOB.account)).plan).toBe('free');

    const plan = question.querySelector<HTMLSelectElement>('select[name="plan"]');
    if (!plan) throw new Error('no plan select');
    await change(plan, 'premium-business');
    await act(async () => {
      question.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    });
    await waitFor(() => !ask(root), 'the question to go away');
    expect(send).toHaveBeenCalledWith('updateSettings', { plan: 'premium-business', account: BOB.account });
    expect(await loadSettings(db, NOW, BOB.account)).toMatchObject({
      plan: 'premium-business',
      planConfirmed: true,
    });
    expect((await loadSettings(db, NOW, ALICE.account)).plan).toBe('premium-career');
  });

  it('takes the suggestion with one click', async () => {
    await seed([BOB], { [BOB.account]: { planConfirmed: false } });
    const root = mount(<PopupApp initial={null} initialNow={new Date()} />);
    const suggest = await waitFor(
      () => root.querySelector<HTMLButtonElement>('[data-ask="plan"] [data-suggest="plan"]'),
      'the suggestion',
    );
    await act(async () => suggest.click());
    await waitFor(() => !ask(root), 'the question to go away');
    expect(await loadSettings(db, NOW, BOB.account)).toMatchObject({
      plan: 'premium-career',
      planConfirmed: true,
    });
  });

  it('does not ask an account whose plan was chosen', async () => {
    await seed([ALICE], { [ALICE.account]: { planConfirmed: true } });
    const root = mount(<PopupApp initial={null} initialNow={new Date()} />);
    await waitFor(() => root.querySelector('[data-meter]'), 'the meters');
    await waitFor(() => root.querySelector('select[name="account"], .account'), 'the account');
    expect(ask(root)).toBeNull();
    expect(root.querySelector('[data-suggest="plan"]')).toBeNull();
  });
});

describe('the plan question', () => {
  const settings = (over: Partial<Settings>): Settings => ({ ...defaultSettings(NOW), ...over });

  it('after the choice, offers only a suggestion from pages used since, never the question', async () => {
    const chosen = settings({ plan: 'free', planConfirmed: true, planChosenAt: NOW.getTime() });
    const onConfirm = vi.fn(async () => null);
    const later = { ...ALICE, salesNavigatorSeenAt: NOW.getTime() + 1 };
    const root = mount(<PlanQuestion account={later} settings={chosen} onConfirm={onConfirm} />);
    expect(root.querySelector('[data-ask="plan"]')).toBeNull();
    const suggest = root.querySelector<HTMLButtonElement>('[data-suggest="plan"]');
    expect(suggest?.textContent).toBe('Use Sales Navigator Core');
    await act(async () => suggest?.click());
    expect(onConfirm).toHaveBeenCalledWith('sales-navigator-core');
  });

  it('shows nothing once chosen when LinkedIn says nothing new', () => {
    const chosen = settings({ plan: 'free', planConfirmed: true, planChosenAt: NOW.getTime() });
    const root = mount(<PlanQuestion account={{ ...ALICE, premium: true }} settings={chosen} />);
    expect(root.innerHTML).toBe('');
  });

  it('shows why a save failed, and keeps asking', async () => {
    const root = mount(
      <PlanQuestion account={ALICE} settings={settings({})} onConfirm={async () => 'plan: unknown plan'} />,
    );
    await act(async () => root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click());
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('plan: unknown plan');
    expect(root.querySelector('[data-ask="plan"]')).not.toBeNull();
  });
});
