import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually, launchPacer, type Pacer, storedCounts } from './support/browser';
import { sendInvite } from './support/linkedin-actions';
import { readMeter } from './support/popup';

let pacer: Pacer;
beforeEach(async () => {
  pacer = await launchPacer();
});
afterEach(async () => {
  await pacer.close();
});

describe('invites', () => {
  it('counts an invite without and with a note once each, and the badge follows', async () => {
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await sendInvite(page);
    await sendInvite(page, { note: 'Hi Jane, we met at SaaStr.' });
    const counts = await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 2,
    );
    expect(counts.invite).toBe(2);
    // Free plan: 1 of 5 personalized notes (20 %) is tighter than 2 of 20 invites today (10 %).
    const badge = await eventually(
      () => pacer.badge(),
      (b) => b.text === '4',
    );
    expect(badge.text).toBe('4');
    expect(badge.title).toMatch(/Personalized notes this month · 1 \/ 5 used, 4 left/);
    expect(badge.color).toBe('#188038');
  });

  it('does not count a refused invite, and shows the weekly-limit refusal', async () => {
    pacer.linkedin.inviteMode = 'cant-resend';
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await sendInvite(page);
    pacer.linkedin.inviteMode = 'weekly-limit';
    await sendInvite(page);
    const counts = await eventually(
      () => storedCounts(pacer),
      (c) => c['limit-reached'] === 1,
    );
    expect(counts.invite ?? 0).toBe(0);
    expect(counts['limit-reached']).toBe(1);
    const badge = await eventually(
      () => pacer.badge(),
      (b) => b.text === '!',
    );
    expect(badge.text).toBe('!');
    expect(badge.color).toBe('#d93025');
    expect(badge.title).toMatch(/LinkedIn refused: weekly invitation limit reached/);
    const popup = await pacer.openPopup();
    await popup.locator('[data-meter="invites"][data-window="week"][data-zone="red"]').waitFor();
    expect(await readMeter(popup, 'invites', 'week')).toEqual({
      used: '0',
      limit: '100',
      // Refused: LinkedIn said none are left. Nothing counted, so no ceiling is learned (the limit stays).
      remaining: '0',
      zone: 'red',
    });
    expect(
      await popup.getByText('LinkedIn refused: weekly invitation limit reached').count(),
    ).toBeGreaterThan(0);
  });
});
