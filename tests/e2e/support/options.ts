// Changing a setting as a person would: on the options page, one field, saved on `change`.
import type { Pacer } from './browser';
import { eventually } from './browser';

declare const chrome: { i18n: { getMessage(key: string): string } };

export async function setOption(pacer: Pacer, name: string, value: string): Promise<void> {
  const options = await pacer.openOptions();
  const field = options.locator(`[name="${name}"]`);
  const tag = await field.evaluate((el) => el.tagName);
  if (tag === 'SELECT') await field.selectOption(value);
  else if ((await field.getAttribute('type')) === 'checkbox') {
    await field.setChecked(value === 'on');
  } else {
    await field.fill(value);
    await field.dispatchEvent('change');
  }
  // "Saved" in the browser's language, as the page words it.
  const saved = await options.evaluate(() => chrome.i18n.getMessage('options_saved'));
  await eventually(
    () =>
      options
        .locator('[role="status"]')
        .first()
        .textContent()
        .catch(() => ''),
    (t) => saved !== '' && (t ?? '').includes(saved),
  );
  await options.close();
}
