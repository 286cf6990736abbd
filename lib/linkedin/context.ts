// What every parser gets: the exchange, its parsed URL, the clock reading and the classifier memory.

import type { Memory } from './memory';
import type { Exchange } from './vocabulary';

export interface Ctx {
  ex: Exchange;
  url: URL;
  now: number;
  mem: Memory;
  /** LinkedIn answered 2xx: only then is a send a send. */
  ok: boolean;
  /** The request body, '' when there is none. */
  requestBody: string;
  /** The answer body, when there is one within the size cap. */
  responseBody: string | undefined;
}
