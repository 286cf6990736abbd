// A stricter pseudo-locale: `usePseudoLocale` wraps a whole message, "⟦one | many⟧", so the plural
// form `t` picks keeps one bracket, and a value put in for `{name}` sits inside the brackets, counted
// as translated whatever it says. Here each form is "⟦…⟧" on its own and every `{name}` is left
// outside, so a substituted English word shows up in `untranslated`.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { usePseudoLocale } from './i18n-setup';

export async function useStrictPseudoLocale(): Promise<void> {
  await usePseudoLocale();
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (key: string, subs?: string | string[]) => string;
  };
  const wrapped = i18n.getMessage;
  i18n.getMessage = (key, subs) => {
    const m = wrapped(key, subs);
    if (!m.startsWith('⟦')) return m;
    return m
      .slice(1, -1)
      .split(' | ')
      .map((form) => `⟦${form.replace(/\{(\w+)\}/g, '⟧{$1}⟦')}⟧`)
      .join(' | ');
  };
}

/** The words Intl puts in dates in the pseudo-locale's en-GB: short weekday and month names. */
export function intlDateWords(): string[] {
  const word = (o: Intl.DateTimeFormatOptions, at: number) =>
    new Intl.DateTimeFormat('en-GB', { ...o, timeZone: 'UTC' }).format(at);
  const days = Array.from({ length: 7 }, (_, d) => word({ weekday: 'short' }, Date.UTC(2026, 0, 5 + d)));
  const months = Array.from({ length: 12 }, (_, m) => word({ month: 'short' }, Date.UTC(2026, m, 15)));
  return [...days, ...months];
}
