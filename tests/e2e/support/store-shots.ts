// Store screenshots: a page at the store's 1280×800, and the popup drawn where Chrome shows it —
// under the toolbar, over the LinkedIn page it was opened on.
import type { BrowserContext, Page } from 'playwright-core';

/** The Chrome Web Store's screenshot size. */
export const STORE_SIZE = { width: 1280, height: 800 };
/** The tallest popup Chrome shows. */
const POPUP_MAX_HEIGHT = 600;

/** The popup as Chrome sizes it: as wide and as tall as its body (at most 600 px), as a PNG. */
export async function popupImage(popup: Page): Promise<Buffer> {
  await popup.setViewportSize({ width: 360, height: POPUP_MAX_HEIGHT });
  const box = await popup.evaluate(() => {
    const body = document.body;
    const r = body.getBoundingClientRect();
    const style = getComputedStyle(body);
    return {
      width: Math.ceil(r.right + Number.parseFloat(style.marginRight)),
      height: Math.ceil(r.bottom + Number.parseFloat(style.marginBottom)),
    };
  });
  const clip = { x: 0, y: 0, width: box.width, height: Math.min(box.height, POPUP_MAX_HEIGHT) };
  await popup.setViewportSize({ width: clip.width, height: POPUP_MAX_HEIGHT });
  return popup.screenshot({ clip });
}

/**
 * A 1280×800 page showing `backdrop` (a screenshot of the LinkedIn tab, dimmed a little as behind
 * an open popup) with `popup` over its top-right corner.
 */
export async function popupOverPage(context: BrowserContext, backdrop: Buffer, popup: Buffer): Promise<Page> {
  const frame = await context.newPage();
  await frame.setViewportSize(STORE_SIZE);
  const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await frame.setContent(`<body style="margin:0;position:relative;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px;overflow:hidden">
    <img alt="" src="${src(backdrop)}" style="position:absolute;inset:0;filter:brightness(.92)">
    <img alt="" src="${src(popup)}" style="position:absolute;top:8px;right:16px;border:1px solid #c7c7c7;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.3)">
  </body>`);
  await frame.waitForFunction(() =>
    [...document.images].every((img) => img.complete && img.naturalWidth > 0),
  );
  return frame;
}
