// What the in-page watcher tells the worker after a Send click, as plain data and bounds (no zod:
// the isolated content script imports this, and every byte there counts). The schema that checks
// it at the worker is ./confirm-send.ts.
import type { CheckedKind, SeenRequest } from '../domain/unconfirmed';

export { CHECKED_KINDS, type CheckedKind, type SeenRequest } from '../domain/unconfirmed';

/** How long after a Send click a classified send or refusal may take before Pacer calls it blind. */
export const CONFIRM_WAIT_MS = 8_000;
/** Requests that started this long before the click are listed too (the page may prefetch). */
export const REQUESTS_BEFORE_MS = 1_000;
/** At most this many requests are listed with one unconfirmed send. */
export const MAX_SEEN_REQUESTS = 40;
/** A longer path is cut to this many characters. */
export const MAX_PATH_CHARS = 200;

/** A Send click in a recognised composer, `CONFIRM_WAIT_MS` later. */
export interface SendCheck {
  kind: CheckedKind;
  /** An invite whose note field held text. */
  withNote?: boolean;
  /** Epoch ms of the click. */
  clickAt: number;
  requests: SeenRequest[];
}

/** What the worker made of it. */
export type SendCheckResult = 'confirmed' | 'refused' | 'unconfirmed' | 'ignored';
