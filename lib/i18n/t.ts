// Pacer's words in the browser's language: `t('popup.title')` reads `lib/i18n/locales/<lang>.yml`
// (built into `_locales/`) through `browser.i18n.getMessage`, typed against the English file, so a
// key that English lacks does not compile. Keys are grouped by surface: common, format, popup,
// options, welcome, banner, badge, log, history, errors.
export { i18n } from '#i18n';

import { i18n } from '#i18n';

/** The translator, bound: `t(key, …)` as `i18n.t(key, …)`. */
export const t: typeof i18n.t = i18n.t;
