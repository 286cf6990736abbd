// Loads the LinkedIn-like DOM fixtures (tests/fixtures/linkedin/dom/*.html) into happy-dom. happy-dom does
// not parse declarative shadow DOM, so `<template shadowrootmode="open">` is attached here, recursively.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SendWarning } from '../../../lib/domain/send-warnings';

export const DOM_FIXTURES = [
  'invite-shadow-en',
  'invite-shadow-en-prenote',
  'invite-shadow-fr',
  'invite-shadow-fr-prenote',
  'invite-shadow-de',
  'invite-shadow-de-prenote',
  'invite-shadow-es',
  'invite-shadow-es-prenote',
  'invite-shadow-pt',
  'invite-shadow-pt-prenote',
  'invite-alertdialog',
  'invite-modal-legacy',
  'invite-modal-legacy-fr-prenote',
  'invite-modal-legacy-de-prenote',
  'invite-modal-legacy-es-prenote',
  'invite-modal-legacy-pt-prenote',
  'message-overlay',
  'inmail-composer',
  'inmail-composer-fr',
  'inmail-composer-de',
  'inmail-composer-es',
  'inmail-composer-pt',
  'unrecognised',
] as const;

/** Where they are, from the project root (vitest runs there). */
export const DOM_FIXTURE_DIR = resolve(process.cwd(), 'tests/fixtures/linkedin/dom');
export type DomFixture = (typeof DOM_FIXTURES)[number];

export function fixtureHtml(name: DomFixture): string {
  // import.meta.url is not a file URL under happy-dom; vitest runs from the project root.
  return readFileSync(resolve(DOM_FIXTURE_DIR, `${name}.html`), 'utf8');
}

/** Turns `<template shadowrootmode>` into real shadow roots under `root`. */
export function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const t of Array.from(root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]'))) {
    const host = t.parentElement;
    if (!host) continue;
    const mode = t.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const sr = host.attachShadow({ mode });
    sr.append(t.content);
    t.remove();
    attachDeclarativeShadowRoots(sr);
  }
}

/** Replaces the document body with `html` (shadow roots attached). */
export function loadHtml(html: string): void {
  document.body.innerHTML = html;
  attachDeclarativeShadowRoots(document.body);
}

export function loadFixture(name: DomFixture): void {
  loadHtml(fixtureHtml(name));
}

/** The shadow root of #interop-outlet (the invite modal's home), if any. */
export function interopRoot(): ShadowRoot | null {
  return document.getElementById('interop-outlet')?.shadowRoot ?? null;
}

/** A send warning for tests (red, 93/100 invites this week unless overridden). */
export function warning(over: Partial<SendWarning> = {}): SendWarning {
  return {
    meter: 'invites-week',
    zone: 'red',
    used: 93,
    limit: 100,
    remaining: 7,
    resetsAt: null,
    nextFreeAt: null,
    refusalCode: null,
    reason: 'zone',
    ...over,
  };
}
