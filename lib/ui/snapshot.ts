// The popup's warm-start snapshot: the last report it showed, as JSON in localStorage, so the
// next open paints real numbers synchronously before IndexedDB answers. Pure: no storage access.
import type { AccountReport } from '../domain/account-report';

const VERSION = 1;

interface SnapshotFile {
  v: number;
  savedAt: number;
  /** The account pick the snapshot was made for (null = most recent). */
  pick: string | null;
  data: AccountReport;
}

/** Keys whose string values are instants (Date → ISO string in JSON). */
const DATE_KEYS = new Set([
  'resetsAt',
  'nextFreeAt',
  'at',
  'lastRefillAt',
  'nextRefillAt',
  'expiresAt',
  'nextWeekAt',
]);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function serializeSnapshot(data: AccountReport, pick: string | null, savedAt: Date): string {
  const file: SnapshotFile = { v: VERSION, savedAt: savedAt.getTime(), pick, data };
  return JSON.stringify(file);
}

/**
 * The snapshot, if it is usable at `now`: same format, same account pick, and no reading has
 * changed since it was taken (no reset or expiry passed: `report.nextChangeAt` still ahead).
 * A stale snapshot would paint wrong numbers, which is worse than painting none.
 */
export function parseSnapshot(text: string | null, pick: string | null, now: Date): AccountReport | null {
  if (!text) return null;
  let file: SnapshotFile;
  try {
    file = JSON.parse(text, (key, value) =>
      DATE_KEYS.has(key) && typeof value === 'string' && ISO.test(value) ? new Date(value) : value,
    ) as SnapshotFile;
  } catch {
    return null;
  }
  if (!file || file.v !== VERSION || typeof file.savedAt !== 'number' || !file.data?.report) return null;
  if ((file.pick ?? null) !== (pick ?? null)) return null;
  if (file.savedAt > now.getTime()) return null;
  const next = file.data.report.nextChangeAt;
  const nextMs = next ? new Date(next).getTime() : null;
  if (nextMs !== null && nextMs <= now.getTime()) return null;
  // JSON turns Infinity (a refused meter's pressure) into null.
  for (const m of file.data.report.meters) {
    if (typeof m.pressure !== 'number') m.pressure = Number.POSITIVE_INFINITY;
  }
  const tightest = file.data.report.tightest;
  file.data.report.tightest = tightest
    ? (file.data.report.meters.find((m) => m.id === tightest.id) ?? null)
    : null;
  file.data.report.nextChangeAt = nextMs === null ? null : new Date(nextMs);
  return file.data;
}
