// Full match of an exchange against the endpoint table, after the cheap pre-filter said "maybe".
// Here the URL is parsed for real, so lookalike hosts, userinfo, ports and plain http are refused.
import { ENDPOINTS, type Endpoint, isRelevantRequest } from './endpoints';

export interface MatchedRequest {
  endpoint: Endpoint;
  url: URL;
}

const HOSTS = new Set(['www.linkedin.com', 'linkedin.com']);
const MAX_URL = 16_384;

export function matchEndpoint(method: string, rawUrl: string): MatchedRequest | undefined {
  if (!isRelevantRequest(method, rawUrl) || rawUrl.length > MAX_URL) return undefined;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !HOSTS.has(url.hostname) || url.username || url.password || url.port) {
    return undefined;
  }
  const m = method.toUpperCase();
  const path = url.pathname;
  for (const e of ENDPOINTS) {
    if (e.method !== m || !path.startsWith(e.path)) continue;
    if (e.exact && path !== e.path) continue;
    if (e.rest && !e.rest.test(path.slice(e.path.length))) continue;
    if (e.params && !paramsMatch(url.searchParams, e.params)) continue;
    return { endpoint: e, url };
  }
  return undefined;
}

function paramsMatch(sp: URLSearchParams, want: Readonly<Record<string, string | RegExp>>): boolean {
  for (const key in want) {
    const rule = want[key];
    const got = sp.get(key);
    if (got === null || rule === undefined) return false;
    if (typeof rule === 'string' ? got !== rule : !rule.test(got)) return false;
  }
  return true;
}
