// Browser plumbing for the benchmark, on top of the e2e harness (tests/e2e/support): a Chromium
// without the extension for side-by-side runs, the in-page bench code for extension pages, and a
// CDP session on the extension's service worker (heap readings).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { chromiumArgs, type Pacer } from '../tests/e2e/support/browser';
import { FakeLinkedIn } from '../tests/e2e/support/fake-linkedin';
import { OUTPUT } from './sizes';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface PlainBrowser {
  context: BrowserContext;
  linkedin: FakeLinkedIn;
  close(): Promise<void>;
}

/**
 * The browser launchPacer starts (tests/e2e/support/browser.ts: same Chromium, flags and viewport),
 * minus the extension: Playwright's default `--disable-extensions` stays on.
 */
export async function launchPlain(): Promise<PlainBrowser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'pacer-bench-plain-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: chromiumArgs(),
  });
  const linkedin = new FakeLinkedIn();
  await linkedin.install(context);
  return {
    context,
    linkedin,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

let bundled: Promise<string> | null = null;

/** bench/inpage/extension-page.ts with Dexie and the product's lib code, as one script. */
function inpageCode(): Promise<string> {
  bundled ??= build({
    entryPoints: [resolve(import.meta.dirname, 'inpage/extension-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
    alias: { dexie: 'dexie/dist/modern/dexie.mjs' }, // as wxt.config.ts
    // Extension pages forbid eval (CSP): zod must take its jitless path from the start, as the
    // product's own copy does there (its schemas read the flag when they are built).
    banner: { js: '(globalThis.__zod_globalConfig ??= {}).jitless = true;' },
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return bundled;
}

/** An extension page (options.html) with `window.__pacerBench` (see bench/inpage/extension-page.ts). */
export async function benchPage(pacer: Pacer): Promise<Page> {
  const page = await pacer.context.newPage();
  await page.goto(`chrome-extension://${pacer.extensionId}/options.html`);
  // DevTools evaluation is not subject to the extension page's CSP.
  await page.evaluate(await inpageCode());
  return page;
}

/** Minimal typing of what the in-page bench code offers. */
export type Inpage = Record<string, (...args: never[]) => Promise<unknown>>;

/** Calls `__pacerBench[name](arg)` in the page. */
export function inpage<T>(page: Page, name: string, arg?: unknown): Promise<T> {
  return page.evaluate(
    ({ name, arg }) => (globalThis as unknown as { __pacerBench: Inpage }).__pacerBench[name]?.(arg as never),
    { name, arg },
  ) as Promise<T>;
}

/**
 * A CDP session on the extension's service worker, through the browser session in non-flat mode
 * (Playwright neither exposes worker sessions nor re-attaches to a restarted worker).
 */
export async function workerSession(pacer: Pacer, browserCdp: CDPSession) {
  const { targetInfos } = await browserCdp.send('Target.getTargets');
  const target = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${pacer.extensionId}/`),
  );
  if (!target) throw new Error('no extension service worker running');
  const { sessionId } = await browserCdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let seq = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listeners = new Set<(method: string, params: unknown) => void>();
  const onMessage = (e: { sessionId?: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as {
      id?: number;
      method?: string;
      params?: unknown;
      result?: unknown;
      error?: { message: string };
    };
    if (m.method) for (const l of listeners) l(m.method, m.params);
    const p = m.id === undefined ? undefined : pending.get(m.id);
    if (!p || m.id === undefined) return;
    pending.delete(m.id);
    if (m.error) p.reject(new Error(m.error.message));
    else p.resolve(m.result);
  };
  browserCdp.on('Target.receivedMessageFromTarget', onMessage);
  const send = <T>(method: string, params: object = {}): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++seq;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      browserCdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch((e: Error) => {
          pending.delete(id);
          reject(e);
        });
    });
  return {
    targetId: target.targetId,
    send,
    /**
     * Calls `listener` for every event of the session. The session outlives a stopped worker: when
     * Chrome starts the worker again it says `Inspector.targetReloadedAfterCrash`, then (with
     * `Runtime.enable`) `Runtime.executionContextCreated`. Returns the unsubscribe.
     */
    on(listener: (method: string, params: unknown) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Evaluates an expression in the worker (awaited, returned by value). */
    async evaluate<T>(expression: string): Promise<T> {
      const r = await send<{ result: { value: T }; exceptionDetails?: { text: string } }>(
        'Runtime.evaluate',
        {
          expression,
          awaitPromise: true,
          returnByValue: true,
        },
      );
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
      return r.result.value;
    },
    async heap(gc: boolean): Promise<{ usedSize: number; totalSize: number }> {
      if (gc) await send('HeapProfiler.collectGarbage');
      return send('Runtime.getHeapUsage');
    },
    async detach() {
      browserCdp.off('Target.receivedMessageFromTarget', onMessage);
      await browserCdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    },
  };
}

/** Every target of the extension's origin: its service worker, its pages, its frames. */
export async function extensionTargets(
  browserCdp: CDPSession,
  extensionId: string,
): Promise<{ targetId: string; type: string; url: string }[]> {
  const { targetInfos } = await browserCdp.send('Target.getTargets');
  return targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${extensionId}/`));
}

/**
 * Stops the extension's service worker as Chrome does when it is idle (closing its DevTools target
 * stops the worker; the target is listed again once it runs), and waits until it is no longer
 * listed. Resolves false when no worker was running.
 */
export async function stopWorker(browserCdp: CDPSession, extensionId: string): Promise<boolean> {
  const running = async () =>
    (await extensionTargets(browserCdp, extensionId)).find((t) => t.type === 'service_worker');
  const target = await running();
  if (!target) return false;
  await browserCdp.send('Target.closeTarget', { targetId: target.targetId });
  for (let i = 0; i < 300; i++) {
    if (!(await running())) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the service worker did not stop');
}

export interface Profile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

const builtFiles = new Map<string, string[]>();

/** The first characters of the built code at a profile position, to tell which module it is. */
function builtSnippet(url: string, line: number, column: number): string | undefined {
  const path = url.match(/^chrome-extension:\/\/[^/]+\/(.+)$/)?.[1];
  if (!path) return undefined;
  let lines = builtFiles.get(path);
  if (!lines) {
    try {
      lines = readFileSync(join(OUTPUT, path), 'utf8').split('\n');
    } catch {
      lines = [];
    }
    builtFiles.set(path, lines);
  }
  return lines[line]?.slice(column, column + 100);
}

/**
 * A V8 CPU profile summed up: sampled ms by category (idle, GC, V8 internals, script) and the
 * functions with the most self time: names as in the minified build, with the start of their code.
 * Extension API calls show as one native function per API object, named after its last method:
 * `setAccessLevel (native)` is chrome.storage.*, `setTitle (native)` chrome.action.*.
 */
export function cpuSummary(p: Profile) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const ms = { idle: 0, gc: 0, program: 0, script: 0 };
  const self = new Map<string, { ms: number; code?: string }>();
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const f = byId.get(samples[i] as number)?.callFrame;
    const t = (deltas[i] ?? 0) / 1000;
    if (!f) continue;
    if (f.functionName === '(idle)') ms.idle += t;
    else if (f.functionName === '(garbage collector)') ms.gc += t;
    else if (f.functionName === '(program)') ms.program += t;
    else {
      ms.script += t;
      const file = f.url.split('/').pop() || '(native)';
      const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
      const entry = self.get(key) ?? { ms: 0, code: builtSnippet(f.url, f.lineNumber, f.columnNumber) };
      entry.ms += t;
      self.set(key, entry);
    }
  }
  const top = [...self]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 12)
    .map(([fn, e]) => ({ fn, selfMs: Math.round(e.ms), ...(e.code ? { code: e.code } : {}) }));
  return {
    busyMs: ms.gc + ms.program + ms.script,
    ms: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, Math.round(v)])),
    top,
  };
}

/**
 * Evaluated in the worker (read-only): how big the classifier memory the worker persists in
 * storage.session is, and what one read of it and one deep copy of it (what every exchange's
 * snapshot does) cost there.
 */
export const CLASSIFIER_STATE_PROBE = `(async () => {
  const t0 = performance.now();
  const all = await chrome.storage.session.get(null);
  const getMs = performance.now() - t0;
  // The classifier keeps one session key per entry: cm1:<map>:<key> (lib/linkedin/memory.ts).
  const entries = { compose: 0, conversations: 0, salesProfiles: 0, recent: 0 };
  let chars = 0;
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith('cm1:')) continue;
    chars += key.length + JSON.stringify(value).length;
    const map = key.split(':')[1];
    if (map in entries) entries[map]++;
  }
  return {
    sessionKeys: Object.keys(all).length,
    classifierStateChars: chars,
    entries,
    storageSessionGetMs: Number(getMs.toFixed(2)),
  };
})()`;
