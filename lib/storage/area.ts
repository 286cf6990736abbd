// The part of an extension storage area Pacer uses: the worker is given its areas (tests pass
// fakes), so nothing in it reaches for the global `browser`.
import type { WxtBrowser } from 'wxt/browser';

export type StorageArea = Pick<WxtBrowser['storage']['local'], 'get' | 'set' | 'remove'>;
