// Reading the popup's meter contract (data-meter/data-window and the numbers) as a check would.
import type { Page } from 'playwright-core';

export interface MeterAttrs {
  used: string | null;
  limit: string | null;
  remaining: string | null;
  zone: string | null;
}

/** The one element carrying `kind`/`window`; throws if there is not exactly one. */
export async function readMeter(popup: Page, kind: string, window: string): Promise<MeterAttrs> {
  const el = popup.locator(`[data-meter="${kind}"][data-window="${window}"]`);
  const n = await el.count();
  if (n !== 1) throw new Error(`expected one ${kind}/${window} meter, found ${n}`);
  return {
    used: await el.getAttribute('data-used'),
    limit: await el.getAttribute('data-limit'),
    remaining: await el.getAttribute('data-remaining'),
    zone: await el.getAttribute('data-zone'),
  };
}

/**
 * The popup rows whose meter name does not fit its column (the ellipsis cuts it): the text's width
 * measured in the element's own font against the column's, with 2 px to spare for other fonts.
 */
export async function cutRowNames(popup: Page): Promise<string[]> {
  return popup.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) return ['(no canvas)'];
    return [...document.querySelectorAll<HTMLElement>('.meter-row .meter-label')]
      .filter((el) => {
        const style = getComputedStyle(el);
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        return ctx.measureText(el.textContent ?? '').width > el.clientWidth - 2;
      })
      .map((el) => el.textContent ?? '');
  });
}
