// Launches Debian's Chromium with the built extension and a fake LinkedIn (see toolchain notes:
// playwright-core, a persistent context, the extension flags, no background networking).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { FakeLinkedIn } from './fake-linkedin';
import { type BadgeState, readBadge, readEvents, type StoredEvent } from './in-page';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../../../test-artifacts');
// The worker's `chrome` global, as far as these tests use it.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  action: object;
};

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags known to work here (toolchain notes): no sandbox as root, and no background networking. */
export function chromiumArgs(headless = true): string[] {
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

export interface Pacer {
  context: BrowserContext;
  linkedin: FakeLinkedIn;
  extensionId: string;
  profileDir: string;
  worker(): Promise<Worker>;
  /** A page of the extension, for reading what the worker wrote. */
  extensionPage(): Promise<Page>;
  /** Stops the service worker the way Chrome does when it is idle or crashes. */
  /** Returns false when no worker was running to stop. */
  killWorker(): Promise<boolean>;
  badge(): Promise<BadgeState>;
  openLinkedIn(path: string): Promise<Page>;
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  close(keepProfile?: boolean): Promise<void>;
}

export async function launchPacer(
  opts: {
    headless?: boolean;
    profileDir?: string;
    linkedin?: FakeLinkedIn;
    /** Leave open the welcome page a first install opens (by default it is closed, as a user would). */
    keepWelcome?: boolean;
    /**
     * The browser's UI language ("fr-FR"): Chromium reads `--lang` and, on Linux, `LANGUAGE`, and
     * needs Debian's chromium-l10n to speak anything but English.
     */
    lang?: string;
  } = {},
): Promise<Pacer> {
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'pacer-e2e-'));
  const headless = opts.headless ?? true;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1100, height: 800 },
    ...(opts.lang
      ? { locale: opts.lang, env: { ...process.env, LANGUAGE: opts.lang.split('-')[0] ?? opts.lang } }
      : {}),
    args: [
      ...chromiumArgs(headless),
      ...(opts.lang ? [`--lang=${opts.lang}`] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const linkedin = opts.linkedin ?? new FakeLinkedIn();
  await linkedin.install(context);
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;

  const dead = new WeakSet<Worker>();
  const live = () =>
    context
      .serviceWorkers()
      .find((w) => !dead.has(w) && w.url().startsWith(`chrome-extension://${extensionId}/`));
  const worker = async (): Promise<Worker> => {
    const found = live();
    if (found) return found;
    // A stopped worker starts again for any extension event: a message from a page of ours.
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.evaluate(() => chrome.runtime.sendMessage({ wake: true }).catch(() => {}));
    await page.close();
    for (let i = 0; i < 100; i++) {
      const sw = live();
      if (sw) return sw;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the service worker did not start again');
  };
  // Reads go through an extension page: Playwright does not re-attach to a restarted worker,
  // and the page shares the extension's IndexedDB and action API anyway.
  let probe: Page | null = null;
  const extensionPage = async (): Promise<Page> => {
    if (probe && !probe.isClosed()) return probe;
    probe = await context.newPage();
    await probe.goto(`chrome-extension://${extensionId}/options.html`);
    return probe;
  };
  const browserCdp = await context.browser()?.newBrowserCDPSession();
  await waitForReady(await worker());
  // A fresh profile is a first install: Pacer opens its welcome page, which most tests do not use.
  if (!opts.profileDir && !opts.keepWelcome) {
    const page = await welcomePage(context, extensionId);
    await page.close();
  }

  return {
    context,
    linkedin,
    extensionId,
    profileDir,
    worker,
    extensionPage,
    async killWorker() {
      if (!browserCdp) throw new Error('no browser CDP session');
      const sw = live();
      // A stopped worker restarts on the next extension event; wait for it to be there to stop.
      let target: { targetId: string } | undefined;
      for (let i = 0; i < 40 && !target; i++) {
        const { targetInfos } = await browserCdp.send('Target.getTargets');
        target = targetInfos.find(
          (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
        );
        if (!target) await new Promise((r) => setTimeout(r, 50));
      }
      if (!target) return false;
      const closed = new Promise<void>((resolve) => (sw ? sw.once('close', () => resolve()) : resolve()));
      if (sw) dead.add(sw);
      await browserCdp.send('Target.closeTarget', { targetId: target.targetId });
      await Promise.race([closed, new Promise((r) => setTimeout(r, 2000))]);
      return true;
    },
    async badge() {
      return (await extensionPage()).evaluate(readBadge);
    },
    async openLinkedIn(path) {
      const page = await context.newPage();
      await page.goto(`https://www.linkedin.com${path}`);
      return page;
    },
    async openPopup() {
      const page = await context.newPage();
      await page.setViewportSize({ width: 380, height: 640 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    async openOptions() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    },
    async close(keepProfile = false) {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** The welcome page a first install opens (waits for it up to 10 s). */
export async function welcomePage(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  for (let i = 0; i < 200; i++) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the welcome page did not open');
}

/** The `serviceworker` event can come before the background's top-level code ran. */
async function waitForReady(sw: Worker): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const ready = await sw
      .evaluate(() => typeof chrome !== 'undefined' && !!chrome.action)
      .catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Polls until `read` returns a value `ok` accepts (the worker records asynchronously). */
export async function eventually<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await read();
  while (!ok(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}

/** Every stored event, read from the worker's IndexedDB (read-only). */
export async function storedEvents(pacer: Pacer): Promise<StoredEvent[]> {
  return (await pacer.extensionPage()).evaluate(readEvents);
}

/** Counts stored events by kind. */
export async function storedCounts(pacer: Pacer): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const e of await storedEvents(pacer)) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  return counts;
}
