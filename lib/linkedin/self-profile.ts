// The member's own public slug, from the `/voyager/api/me` answer (normalized: `*miniProfile`
// points at an `included` mini profile with `publicIdentifier`; mautrix/linkedin self.go), so
// visits to one's own profile never count as profile views.
const ME_PATH = '/voyager/api/me';
const SLUG = /^[A-Za-z0-9\u00C0-\uFFFF_%-]{1,100}$/;

export function selfSlugFromMe(
  url: string,
  status: number,
  responseBody: string | undefined,
): string | undefined {
  if (status < 200 || status > 299 || !responseBody || responseBody.length > 1_000_000) return undefined;
  const path = url.replace(/^https:\/\/(www\.)?linkedin\.com/i, '').split('?')[0];
  if (path !== ME_PATH) return undefined;
  try {
    const answer = JSON.parse(responseBody) as { data?: Record<string, unknown>; included?: unknown[] };
    const ref = answer.data?.['*miniProfile'];
    const candidates = [answer.data?.miniProfile, ...(Array.isArray(answer.included) ? answer.included : [])];
    for (const c of candidates) {
      if (!c || typeof c !== 'object') continue;
      const mini = c as Record<string, unknown>;
      if (ref !== undefined && mini.entityUrn !== ref && c !== answer.data?.miniProfile) continue;
      const slug = mini.publicIdentifier;
      if (typeof slug === 'string' && SLUG.test(slug)) return slug.toLowerCase();
    }
  } catch {
    // Not JSON: no slug.
  }
  return undefined;
}
