// Changing a setting as a person would: on the options page, one field, saved on `change`.
import type { Pacer } from './browser';
import { eventually } from './browser';

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
  await eventually(
    () =>
      options
        .locator('[role="status"]')
        .first()
        .textContent()
        .catch(() => ''),
    (t) => /saved/i.test(t ?? ''),
  );
  await options.close();
}
