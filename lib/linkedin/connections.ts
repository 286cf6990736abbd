// The connections list (My Network › Connections), as the page loads it; Pacer never requests it:
// `GET /voyager/api/relationships/dash/connections?decorationId=com.linkedin.voyager.dash.deco.web.mynetwork.ConnectionListWithProfile-16&count&q=search&sortType=RECENTLY_ADDED&start`.
// Normalized: `data["*elements"]` → Connection entities in `included`
// (`entityUrn: urn:li:fsd_connection:<id>`, `connectedMember: urn:li:fsd_profile:<id>`, `createdAt`
// epoch ms, `*connectedMemberResolutionResult`), or plain `elements` holding the same
// (russ-blaisdell/linked `internal/api/connections.go`; an unattributed test fixture "confirmed
// against live Voyager"; an unattributed sync client that reads `createdAt` as the connection date).
// An invitation the user sent that shows here was accepted: kept for the account's health.
import { DAY_MS } from '../domain/local-time';
import type { Ctx } from './context';
import { hash64 } from './hash';
import { eachObject, num, type Obj, obj, parseJson, str } from './json';
import { toProfileUrn } from './urns';
import type { ListedConnection, Observation } from './vocabulary';

const MAX_CONNECTIONS = 5000;
const EARLIEST = Date.UTC(2003, 0, 1);

function isConnection(o: Obj): boolean {
  const urn = str(o.entityUrn);
  return (
    (urn?.startsWith('urn:li:fsd_connection:') === true || str(o.$type)?.endsWith('.Connection') === true) &&
    'connectedMember' in o
  );
}

export function classifyConnections(ctx: Ctx): Observation[] {
  if (!ctx.ok) return [];
  const answer = parseJson(ctx.responseBody);
  if (!obj(answer)) return [];
  const self = ctx.mem.self?.account;
  const found = new Map<string, ListedConnection>();
  eachObject(answer, (o) => {
    if (found.size >= MAX_CONNECTIONS || !isConnection(o)) return;
    const target = toProfileUrn(o.connectedMember);
    if (!target || target === self || found.has(target)) return;
    const c: ListedConnection = { target };
    const at = num(o.createdAt);
    if (at !== undefined && at >= EARLIEST && at <= ctx.now + DAY_MS) c.connectedAt = at;
    found.set(target, c);
  });
  if (found.size === 0) return [];
  return [
    { kind: 'connections', connections: [...found.values()], key: `connections:${hash64(...found.keys())}` },
  ];
}
