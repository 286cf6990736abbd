// Rendering Preact into the test document, and waiting for what a page shows after its reads.
// Each mounted tree is unmounted and removed after its test.
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const host of mounted.splice(0)) {
    render(null, host);
    host.remove();
  }
});

/** Renders `node` into a fresh element of the document; returns that element. */
export function mount(node: ComponentChild): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  mounted.push(host);
  render(node, host);
  return host;
}

/** Polls `probe` until it gives something, letting effects run between polls; throws after `ms`. */
export async function waitFor<T>(
  probe: () => T | null | undefined | false,
  what: string,
  ms = 3000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
  }
}
