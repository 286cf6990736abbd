// @vitest-environment happy-dom
// The watcher end to end on the DOM fixtures: banner with the numbers, the "Send anyway?" step in the red,
// Enter-to-send, note-length re-queries, and never breaking the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askSendWarnings } from '../../../entrypoints/linkedin.content/ask-warnings';
import { watchComposers } from '../../../entrypoints/linkedin.content/composer-watch';
import { findComposers } from '../../../lib/linkedin/composers';
import type { SendWarningsReply } from '../../../lib/messaging';
import { interopRoot, loadFixture, loadHtml, warning } from './dom';

// The worker's answer, already worked out into warnings (ask-warnings.test.ts covers that step).
vi.mock('../../../entrypoints/linkedin.content/ask-warnings', () => ({ askSendWarnings: vi.fn() }));
const send = vi.mocked(askSendWarnings);

let ctx: ContentScriptContext;
let n = 0;

function reply(over: Partial<SendWarningsReply> = {}): SendWarningsReply {
  return { warnings: [warning()], confirm: true, timeZone: 'UTC', ...over };
}

function start(r: SendWarningsReply | (() => Promise<SendWarningsReply>) = reply()) {
  if (typeof r === 'function') send.mockImplementation(r as never);
  else send.mockResolvedValue(r as never);
  ctx = new ContentScriptContext(`pacer-test-${n++}`);
  watchComposers(ctx);
}

function banners(): HTMLElement[] {
  const roots: ParentNode[] = [document];
  const sr = interopRoot();
  if (sr) roots.push(sr);
  return roots.flatMap((r) => Array.from(r.querySelectorAll<HTMLElement>('[data-pacer-banner]')));
}

const bannerText = (b: HTMLElement | undefined) => b?.shadowRoot?.textContent ?? '';

async function waitForBanner(): Promise<HTMLElement> {
  await vi.waitFor(() => expect(banners()).toHaveLength(1), { timeout: 2000, interval: 10 });
  return banners()[0] as HTMLElement;
}

function composer() {
  const [c] = findComposers(document);
  if (!c) throw new Error('fixture not recognised');
  return c;
}

function pressButton(banner: HTMLElement, act: 'send' | 'cancel') {
  const b = banner.shadowRoot?.querySelector<HTMLButtonElement>(`button[data-act="${act}"]`);
  if (!b) throw new Error(`no ${act} button`);
  b.click();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  document.body.innerHTML = '';
});

afterEach(() => {
  ctx?.abort();
  document.body.innerHTML = '';
});

describe('banner', () => {
  it('shows the numbers and reset time next to the invite Send button (shadow DOM, English)', async () => {
    loadFixture('invite-shadow-en');
    const resetsAt = Date.UTC(2030, 0, 7, 0, 0); // Mon 7 Jan 2030 00:00 UTC
    start(reply({ warnings: [warning({ resetsAt })] }));
    const b = await waitForBanner();
    expect(b.getRootNode()).toBe(interopRoot());
    expect(b.getAttribute('data-zone')).toBe('red');
    expect(b.getAttribute('role')).toBe('alert');
    expect(bannerText(b)).toContain('Pacer: 93/100 invites this week');
    expect(bannerText(b)).toMatch(/resets Mon( 7 Jan| 00:00)/);
    // Next to the Send button's container, inside the modal.
    const c = composer();
    expect(b.nextElementSibling).toBe(c.sendButton.parentElement);
    expect(send).toHaveBeenCalledWith({ surface: 'invite', noteLength: 0 });
  });

  it('asks only once the tab’s own sends so far are stored', async () => {
    loadFixture('invite-shadow-en');
    send.mockResolvedValue(reply() as never);
    let stored = () => {};
    const sendsStored = new Promise<void>((resolve) => {
      stored = resolve;
    });
    ctx = new ContentScriptContext(`pacer-test-${n++}`);
    watchComposers(ctx, () => sendsStored);
    await sleep(300); // the composer is found (scan delay) and waits
    expect(send).not.toHaveBeenCalled();
    stored();
    await waitForBanner();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('amber is a status, not an alert', async () => {
    loadFixture('message-overlay');
    start(reply({ warnings: [warning({ zone: 'warn', meter: 'messages-day' })] }));
    const b = await waitForBanner();
    expect(b.getAttribute('data-zone')).toBe('warn');
    expect(b.getAttribute('role')).toBe('status');
    expect(bannerText(b)).toContain('Pacer: 93/100 messages today');
    expect(send).toHaveBeenCalledWith({ surface: 'message' });
  });

  it('asks for the InMail surface when the composer has a subject field', async () => {
    loadFixture('inmail-composer');
    start(
      reply({
        warnings: [warning({ meter: 'inmails-balance', reason: 'no-credits', remaining: 0 })],
      }),
    );
    const b = await waitForBanner();
    expect(bannerText(b)).toContain('No InMail credits left');
    expect(send).toHaveBeenCalledWith({ surface: 'inmail' });
  });

  it('the French invite modal gets its banner too', async () => {
    loadFixture('invite-shadow-fr');
    start();
    const b = await waitForBanner();
    expect(b.getRootNode()).toBe(interopRoot());
  });

  it('no banner when there are no warnings', async () => {
    loadFixture('invite-shadow-en');
    start(reply({ warnings: [] }));
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
    await sleep(50);
    expect(banners()).toEqual([]);
  });

  it('nothing on an unrecognised page: no query, no banner', async () => {
    loadFixture('unrecognised');
    start();
    await sleep(200);
    expect(send).not.toHaveBeenCalled();
    expect(banners()).toEqual([]);
  });

  it('appears when a composer opens later, and goes when it closes', async () => {
    start();
    await sleep(20);
    loadFixture('message-overlay');
    const b = await waitForBanner();
    expect(b.isConnected).toBe(true);
    document.querySelector('#msg-overlay')?.remove();
    await vi.waitFor(() => expect(banners()).toEqual([]));
  });

  it('finds the invite modal added later inside the already-present #interop-outlet shadow root', async () => {
    loadHtml('<div id="interop-outlet"></div>');
    const sr = (document.getElementById('interop-outlet') as HTMLElement).attachShadow({ mode: 'open' });
    start();
    await sleep(50); // the first scan observes the (empty) shadow root
    sr.innerHTML =
      '<div role="dialog"><div class="bar"><button aria-label="Add a note">+</button>' +
      '<button aria-label="Send without a note">Send</button></div></div>';
    const b = await waitForBanner();
    expect(b.getRootNode()).toBe(sr);
  });

  it('re-queries with the note length in code points, debounced', async () => {
    loadFixture('invite-shadow-en');
    start();
    await waitForBanner();
    send.mockClear();
    const note = composer().noteField as HTMLTextAreaElement;
    for (const v of ['H', 'He', 'Hé 😀']) {
      note.value = v;
      note.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(send).toHaveBeenCalledWith({ surface: 'invite', noteLength: 4 });
    await sleep(300);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('shows the note-too-long line from the background', async () => {
    loadFixture('invite-shadow-en');
    start(
      reply({
        warnings: [warning({ meter: 'invite-notes-month', reason: 'note-too-long', used: 245, limit: 200 })],
      }),
    );
    const b = await waitForBanner();
    expect(bannerText(b)).toContain('Note is 245 characters; your plan allows 200');
  });

  it('a later answer replaces the banner; an empty one removes it', async () => {
    loadFixture('invite-shadow-en');
    start();
    await waitForBanner();
    send.mockResolvedValue(reply({ warnings: [] }) as never);
    const note = composer().noteField as HTMLTextAreaElement;
    note.value = 'hi';
    note.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await vi.waitFor(() => expect(banners()).toEqual([]));
  });

  it('removes its banners when the extension context is invalidated', async () => {
    loadFixture('message-overlay');
    start();
    await waitForBanner();
    ctx.abort();
    expect(banners()).toEqual([]);
  });
});

describe('"Send anyway?" in the red', () => {
  async function setUp(fixture: 'invite-shadow-en' | 'message-overlay', r = reply()) {
    loadFixture(fixture);
    const c = composer();
    (c.sendButton as HTMLButtonElement).disabled = false;
    const linkedin = vi.fn();
    c.sendButton.addEventListener('click', linkedin);
    start(r);
    const b = await waitForBanner();
    return { c, linkedin, b };
  }

  it('intercepts the first click, "Send anyway" lets exactly one click through to LinkedIn', async () => {
    const { c, linkedin, b } = await setUp('invite-shadow-en');
    const first = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    c.sendButton.dispatchEvent(first);
    expect(linkedin).not.toHaveBeenCalled();
    expect(first.defaultPrevented).toBe(true);
    expect(b.getAttribute('data-pacer-confirm')).toBe('open');
    expect(bannerText(b)).toContain('Send anyway?');

    pressButton(b, 'send');
    expect(linkedin).toHaveBeenCalledTimes(1);
    expect(b.hasAttribute('data-pacer-confirm')).toBe(false);

    // Still red: the next click asks again.
    c.sendButton.click();
    expect(linkedin).toHaveBeenCalledTimes(1);
    expect(b.getAttribute('data-pacer-confirm')).toBe('open');
  });

  it('"Cancel" closes the prompt and sends nothing', async () => {
    const { c, linkedin, b } = await setUp('message-overlay');
    c.sendButton.click();
    pressButton(b, 'cancel');
    expect(linkedin).not.toHaveBeenCalled();
    expect(b.hasAttribute('data-pacer-confirm')).toBe(false);
    expect(bannerText(b)).not.toContain('Send anyway?');
    expect(b.isConnected).toBe(true);
  });

  it('a click inside the text (child of the Send button) is intercepted too', async () => {
    loadHtml(
      '<div role="dialog"><textarea id="custom-message"></textarea><div class="bar">' +
        '<button aria-label="Send invitation"><span id="t">Send</span></button></div></div>',
    );
    const linkedin = vi.fn();
    composer().sendButton.addEventListener('click', linkedin);
    start();
    await waitForBanner();
    (document.getElementById('t') as HTMLElement).click();
    expect(linkedin).not.toHaveBeenCalled();
  });

  it('does not ask when the setting is off (confirm: false), or when only amber', async () => {
    const off = await setUp('message-overlay', reply({ confirm: false }));
    off.c.sendButton.click();
    expect(off.linkedin).toHaveBeenCalledTimes(1);
    expect(off.b.hasAttribute('data-pacer-confirm')).toBe(false);
    ctx.abort();

    const amber = await setUp('invite-shadow-en', reply({ warnings: [warning({ zone: 'warn' })] }));
    amber.c.sendButton.click();
    expect(amber.linkedin).toHaveBeenCalledTimes(1);
  });

  it('re-queries after a let-through send', async () => {
    const { c, b } = await setUp('message-overlay', reply({ confirm: false }));
    expect(b).toBeTruthy();
    send.mockClear();
    c.sendButton.click();
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1), { timeout: 2500 });
  });

  it('intercepts Enter-to-send in the message composer, not Shift+Enter or an empty box', async () => {
    const { c, b } = await setUp('message-overlay');
    const box = c.noteField as HTMLElement;
    const linkedinKey = vi.fn();
    box.addEventListener('keydown', linkedinKey);

    box.textContent = '';
    box.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }),
    );
    expect(linkedinKey).toHaveBeenCalledTimes(1); // empty: nothing to send, nothing to ask

    box.textContent = 'Hello';
    const shift = new KeyboardEvent('keydown', {
      key: 'Enter',
      shiftKey: true,
      bubbles: true,
      composed: true,
    });
    box.dispatchEvent(shift);
    expect(linkedinKey).toHaveBeenCalledTimes(2);

    const enter = new KeyboardEvent('keydown', {
      key: 'Enter',
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    box.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(linkedinKey).toHaveBeenCalledTimes(2);
    expect(b.getAttribute('data-pacer-confirm')).toBe('open');
  });

  it('"Send anyway" after Enter clicks LinkedIn’s Send button once', async () => {
    const { c, linkedin, b } = await setUp('message-overlay');
    (c.noteField as HTMLElement).textContent = 'Hello';
    c.noteField?.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        ctrlKey: true,
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    pressButton(b, 'send');
    expect(linkedin).toHaveBeenCalledTimes(1);
  });

  it('banner clicks do not reach LinkedIn’s handlers', async () => {
    const { b } = await setUp('message-overlay');
    const page = vi.fn();
    document.querySelector('form')?.addEventListener('click', page);
    composer().sendButton.click();
    pressButton(b, 'cancel');
    expect(page).not.toHaveBeenCalled();
  });

  it('if LinkedIn re-rendered its Send button meanwhile, "Send anyway" clicks the new one', async () => {
    const { c, b } = await setUp('message-overlay');
    c.sendButton.click();
    const fresh = document.createElement('button');
    fresh.type = 'submit';
    fresh.textContent = 'Send';
    const linkedin = vi.fn((e: Event) => e.preventDefault());
    fresh.addEventListener('click', linkedin);
    c.sendButton.replaceWith(fresh);
    pressButton(b, 'send');
    expect(linkedin).toHaveBeenCalledTimes(1);
  });
});

describe('never breaks the page', () => {
  it('a failing background: no banner, clicks pass', async () => {
    loadFixture('message-overlay');
    const c = composer();
    (c.sendButton as HTMLButtonElement).disabled = false;
    const linkedin = vi.fn((e: Event) => e.preventDefault());
    c.sendButton.addEventListener('click', linkedin);
    start(() => Promise.reject(new Error('Could not establish connection')));
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
    await sleep(20);
    c.sendButton.click();
    expect(linkedin).toHaveBeenCalledTimes(1);
    expect(banners()).toEqual([]);
  });

  it('a malformed answer: no banner, no throw', async () => {
    loadFixture('invite-shadow-en');
    start(() => Promise.resolve({ warnings: [{ zone: 'red' }, 'x'], confirm: true } as never));
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
    await sleep(20);
    expect(banners()).toEqual([]);
  });

  it('asking the worker throwing synchronously is contained', async () => {
    loadFixture('message-overlay');
    start(() => {
      throw new Error('Extension context invalidated');
    });
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
    expect(banners()).toEqual([]);
  });

  it('odd DOM: Send button directly in a shadow root, a removed composer, events on text nodes', async () => {
    loadHtml('<div id="interop-outlet"></div><p id="p">text</p>');
    const sr = (document.getElementById('interop-outlet') as HTMLElement).attachShadow({ mode: 'open' });
    sr.innerHTML =
      '<textarea id="custom-message"></textarea><button aria-label="Send invitation">Send</button>';
    // No dialog around it: not recognised, so nothing happens.
    start();
    await sleep(150);
    expect(banners()).toEqual([]);
    const text = document.getElementById('p')?.firstChild as Text;
    expect(() => text.dispatchEvent(new Event('input', { bubbles: true, composed: true }))).not.toThrow();
    expect(() =>
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })),
    ).not.toThrow();
    expect(() => document.body.click()).not.toThrow();
  });

  it('the Send button is a direct child of the dialog and shadow root: banner goes just before it', async () => {
    loadHtml('<div id="interop-outlet"></div>');
    const sr = (document.getElementById('interop-outlet') as HTMLElement).attachShadow({ mode: 'open' });
    sr.innerHTML =
      '<div role="dialog"><textarea id="custom-message"></textarea><button type="submit">Send</button></div>';
    start();
    const b = await waitForBanner();
    expect(b.nextElementSibling?.tagName).toBe('BUTTON');
  });

  it('does not touch LinkedIn’s elements beyond inserting its banner', async () => {
    loadFixture('message-overlay');
    const before = document.querySelector('#msg-overlay')?.outerHTML;
    start();
    const b = await waitForBanner();
    b.remove();
    expect(document.querySelector('#msg-overlay')?.outerHTML).toBe(before);
  });
});
