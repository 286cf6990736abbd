// LinkedIn's server-rendered pages embed the answers to some Voyager requests in hidden
// <code> blocks: `datalet-bpr-guid-N` names the request, `bpr-guid-N` holds its JSON body
// (tomquirk/linkedin-api README; joshuatz/linkedin-to-jsonresume). The identity (`/voyager/api/me`)
// often arrives this way instead of over the network.
import type { Exchange } from './vocabulary';

const DATALET_SELECTOR = 'code[id^="datalet-bpr-guid-"]';
/** Requests whose embedded answers Pacer reads. */
const BOOTSTRAP_REQUESTS = ['/voyager/api/me'];

export function bootstrapExchanges(
  doc: ParentNode & { getElementById(id: string): Element | null },
): Exchange[] {
  const out: Exchange[] = [];
  for (const datalet of Array.from(doc.querySelectorAll(DATALET_SELECTOR))) {
    try {
      const meta = JSON.parse(datalet.textContent ?? '') as {
        request?: unknown;
        status?: unknown;
        body?: unknown;
      };
      if (typeof meta.request !== 'string' || typeof meta.body !== 'string') continue;
      const path = meta.request.split('?')[0] ?? '';
      if (!BOOTSTRAP_REQUESTS.includes(path)) continue;
      const body = doc.getElementById(meta.body)?.textContent;
      if (!body) continue;
      out.push({
        method: 'GET',
        url: `https://www.linkedin.com${meta.request}`,
        status: typeof meta.status === 'number' ? meta.status : 200,
        responseBody: body.trim(),
      });
    } catch {
      // A block we cannot read is skipped; the page is never affected.
    }
  }
  return out;
}
