// Weight: the minified bytes Chromium loads for each part of the built extension
// (.output/chrome-mv3, a production `wxt build`: minified by Vite/Rolldown).
// - the MAIN-world observer: the content script the manifest puts in `world: "MAIN"`;
// - the isolated content script(s): every other content script, summed;
// - the background: the service worker file plus any chunk it imports.
// When a part is over budget, a diagnosis says which modules weigh most: the same entry is bundled
// again with Rolldown (Vite's bundler), each module's rendered code is minified on its own, and the
// shares are scaled to the real file's size (an estimate: per-module minification mangles less).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { rolldown } from 'rolldown';
import { type Figure, figure } from './report';

export const ROOT = resolve(import.meta.dirname, '..');
export const OUTPUT = join(ROOT, '.output/chrome-mv3');
const KB = 1024;

interface Manifest {
  background?: { service_worker?: string };
  content_scripts?: { js?: string[]; world?: string }[];
}

interface Part {
  files: string[];
  bytes: number;
  gzip: number;
}

function measure(files: string[]): Part {
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(OUTPUT, f));
    bytes += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { files, bytes, gzip };
}

/** The background file and every chunk it imports (static `import … from "./chunks/…"` or importScripts). */
function withImports(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(OUTPUT, file))) return;
    seen.add(file);
    const code = readFileSync(join(OUTPUT, file), 'utf8');
    const refs = code.matchAll(/(?:from|import|importScripts)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g);
    for (const m of refs) {
      const ref = m[1] as string;
      visit(ref.startsWith('/') ? ref.slice(1) : relative(OUTPUT, resolve(OUTPUT, dirname(file), ref)));
    }
  };
  visit(entry);
  return [...seen];
}

/** A built file that is not minified (long lines, few of them) would make the figure meaningless. */
async function looksMinified(files: string[]): Promise<boolean> {
  for (const f of files) {
    const code = readFileSync(join(OUTPUT, f), 'utf8');
    const again = await transform(code, { minify: true, loader: 'js' });
    if (again.code.length < code.length * 0.85) return false;
  }
  return true;
}

export interface ModuleShare {
  module: string;
  bytes: number;
}

/** Which modules (grouped by npm package, app code per file) make up an entry's minified bundle. */
export async function weighModules(entry: string): Promise<{ rebundled: number; modules: ModuleShare[] }> {
  const bundle = await rolldown({
    input: join(ROOT, entry),
    platform: 'browser',
    logLevel: 'silent',
    resolve: { alias: { dexie: 'dexie/dist/modern/dexie.mjs' } }, // as wxt.config.ts
  });
  const { output } = await bundle.generate({ format: 'iife', minify: true });
  await bundle.close();
  const chunk = output.find((o) => o.type === 'chunk');
  if (!chunk) return { rebundled: 0, modules: [] };
  const groups = new Map<string, number>();
  let total = 0;
  for (const [id, mod] of Object.entries(chunk.modules)) {
    if (!mod.code) continue;
    const min = await transform(mod.code, { minify: true, loader: 'js' }).then(
      (r) => r.code.length,
      () => mod.code?.length ?? 0,
    );
    const pkg = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    const key = pkg ? `npm:${pkg}` : relative(ROOT, id);
    groups.set(key, (groups.get(key) ?? 0) + min);
    total += min;
  }
  const rebundled = chunk.code.length;
  const scale = total > 0 ? rebundled / total : 1;
  const modules = [...groups]
    .map(([module, bytes]) => ({ module, bytes: Math.round(bytes * scale) }))
    .sort((a, b) => b.bytes - a.bytes);
  return { rebundled, modules };
}

const SOURCES = {
  observer: 'entrypoints/linkedin-observer.content.ts',
  isolated: 'entrypoints/linkedin.content/index.ts',
  background: 'entrypoints/background.ts',
};

export async function benchSizes(): Promise<{ figures: Figure[]; diagnostics: Record<string, unknown> }> {
  const manifestPath = join(OUTPUT, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no build at ${OUTPUT}: run \`npx wxt build\` first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const scripts = manifest.content_scripts ?? [];
  const mainFiles = [...new Set(scripts.filter((s) => s.world === 'MAIN').flatMap((s) => s.js ?? []))];
  const isolatedFiles = [
    ...new Set(scripts.filter((s) => s.world !== 'MAIN').flatMap((s) => s.js ?? [])),
  ].filter((f) => !mainFiles.includes(f));
  const bgEntry = manifest.background?.service_worker;
  if (!bgEntry || mainFiles.length === 0)
    throw new Error('manifest lacks a background or a MAIN-world script');

  const parts = {
    observer: measure(mainFiles),
    isolated: measure(isolatedFiles),
    background: measure(withImports(bgEntry)),
  };
  const budgets = { observer: 4, isolated: 30, background: 250 };
  const labels = {
    observer: 'MAIN-world observer',
    isolated: 'isolated content script(s), total',
    background: 'background (worker + imported chunks)',
  };
  const figures: Figure[] = [];
  const diagnostics: Record<string, unknown> = {};
  for (const key of ['observer', 'isolated', 'background'] as const) {
    const p = parts[key];
    const minified = await looksMinified(p.files);
    figures.push(
      figure({
        id: `weight.${key}`,
        group: 'Weight',
        label: labels[key],
        value: p.bytes / KB,
        unit: 'KB',
        budget: { op: '<=', value: budgets[key] },
        detail: { files: p.files, bytes: p.bytes, gzipBytes: p.gzip, minified, kb: '1 KB = 1024 bytes' },
      }),
    );
    if (p.bytes > budgets[key] * KB) {
      try {
        const { rebundled, modules } = await weighModules(SOURCES[key]);
        diagnostics[`weight.${key}`] = {
          over: `${((p.bytes - budgets[key] * KB) / KB).toFixed(1)} KB over ${budgets[key]} KB`,
          method:
            "The entry bundled again with Rolldown (minified, without WXT's wrapper); each module minified alone, shares scaled to that bundle",
          builtBytes: p.bytes,
          rebundledBytes: rebundled,
          wxtWrapperBytes: Math.max(0, p.bytes - rebundled),
          byPackage: byPackage(modules),
          heaviestModules: modules.slice(0, 15),
        };
      } catch (e) {
        diagnostics[`weight.${key}`] = { analysisFailed: e instanceof Error ? e.message : String(e) };
      }
    }
  }
  return { figures, diagnostics };
}

/** npm packages as one line each; the app's own code as `app:<top folder>`. */
function byPackage(modules: ModuleShare[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of modules) {
    const key = m.module.startsWith('npm:') ? m.module : `app:${m.module.split('/').slice(0, 2).join('/')}`;
    out[key] = (out[key] ?? 0) + m.bytes;
  }
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]));
}
