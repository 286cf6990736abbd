// Launches Debian's Firefox ESR with the built add-on and the fake LinkedIn, driven by puppeteer-core
// over WebDriver BiDi (toolchain notes: no geckodriver; playwright's Firefox mode fails on ESR).
import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { FakeLinkedIn } from '../../e2e/support/fake-linkedin';
import { type BadgeState, readBadge, readEvents, type StoredEvent } from '../../e2e/support/in-page';

export const FIREFOX_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Firefox gives each install a random page address; this pref fixes it, so pages are known in advance. */
const UUID = '3f0b2a6e-6f4d-4c1b-9a55-0d1e2c3b4a50';
export const EXTENSION_BASE = `moz-extension://${UUID}/`;
const LINKEDIN = /^https:\/\/(www\.)?linkedin\.com\//;

export interface FirefoxPacer {
  browser: Browser;
  linkedin: FakeLinkedIn;
  /** A new tab on the fake LinkedIn (every request of it answered by `linkedin`). */
  openLinkedIn(path: string): Promise<Page>;
  /** A new tab on one of the add-on's pages (popup.html, options.html). */
  openPage(name: string): Promise<Page>;
  badge(): Promise<BadgeState>;
  events(): Promise<StoredEvent[]>;
  counts(): Promise<Record<string, number>>;
  /** Firefox's own event-page termination; false when it was not running. */
  stopBackground(): Promise<boolean>;
  backgroundState(): Promise<string>;
  close(): Promise<void>;
}

/** Serves every linkedin.com request of `page` from the fake; set up before the tab navigates. */
export async function serveLinkedIn(page: Page, linkedin: FakeLinkedIn): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    void (async () => {
      if (!LINKEDIN.test(request.url())) return request.continue();
      // postData() is unsupported over BiDi: the body is fetched.
      const body = request.method() === 'POST' ? ((await request.fetchPostData()) ?? '') : '';
      const reply = linkedin.respond(request.method(), request.url(), body, { tab: page });
      await request.respond({ status: reply.status, contentType: reply.type, body: reply.body });
    })().catch(() => {}); // a tab closed while a request waited
  });
}

export async function launchFirefox(opts: { linkedin?: FakeLinkedIn } = {}): Promise<FirefoxPacer> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets a BiDi script run in Firefox's own (chrome) scope: how the tests stop the event page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  const linkedin = opts.linkedin ?? new FakeLinkedIn();
  try {
    await browser.installExtension(FIREFOX_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }

  // Firefox's own scope: the browser window's context, where the add-on manager lives.
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const chrome = async <T>(expression: string): Promise<T> => {
    const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const context = tree.result.contexts[0]?.context;
    const { result } = await bidi.send('script.evaluate', {
      expression: `(async () => { const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs'); const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)}); ${expression} })()`,
      target: { context },
      awaitPromise: true,
    });
    if (result.type !== 'success') throw new Error(`chrome-scope script failed: ${JSON.stringify(result)}`);
    return result.result.value as T;
  };

  let probe: Page | null = null;
  const openPage = async (name: string): Promise<Page> => {
    const page = await browser.newPage();
    // moz-extension:// pages never report their load event to the driver (toolchain notes).
    await page.goto(`${EXTENSION_BASE}${name}`, { timeout: 300 }).catch(() => {});
    await page.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
    return page;
  };
  const extensionPage = async () => {
    if (!probe || probe.isClosed()) probe = await openPage('options.html');
    return probe;
  };
  const events = async () => (await extensionPage()).evaluate(readEvents);

  return {
    browser,
    linkedin,
    async openLinkedIn(path) {
      const page = await browser.newPage();
      await serveLinkedIn(page, linkedin);
      await page.goto(`https://www.linkedin.com${path}`, { waitUntil: 'load' });
      return page;
    },
    openPage,
    async badge() {
      return (await extensionPage()).evaluate(readBadge);
    },
    events,
    async counts() {
      const counts: Record<string, number> = {};
      for (const e of await events()) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
      return counts;
    },
    async stopBackground() {
      // A stopped event page starts again for the next event; wait for it to be there to stop.
      return chrome<boolean>(`
        for (let i = 0; i < 40 && ext.backgroundState !== 'running'; i++) await new Promise((r) => setTimeout(r, 50));
        if (ext.backgroundState !== 'running') return false;
        await ext.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true });
        return true;`);
    },
    backgroundState: () => chrome<string>('return ext.backgroundState;'),
    async close() {
      await browser.close();
    },
  };
}

interface BidiConnection {
  send(
    method: string,
    params: object,
  ): Promise<{
    result: {
      contexts: { context: string }[];
      type: string;
      result: { value: unknown };
    };
  }>;
}
