// Defensive reading of bodies the page exchanged. Nothing here throws; anything odd reads as "absent".

/** Bodies longer than this are not parsed: no real LinkedIn send or answer we read comes close. */
export const MAX_BODY = 1_000_000;

export type Obj = Record<string, unknown>;

export function parseJson(text: unknown): unknown {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_BODY) return undefined;
  const c = text.charCodeAt(0);
  // Only objects interest us; skip the parser for flight streams, HTML and the like.
  if (c !== 123 /* { */ && c !== 32 && c !== 10 && c !== 13 && c !== 9) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function parseObject(text: unknown): Obj | undefined {
  return obj(parseJson(text));
}

export function obj(v: unknown): Obj | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function arr(v: unknown): unknown[] | undefined {
  return Array.isArray(v) ? v : undefined;
}

export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Walks `data.value`, `value`: Rest.li action answers come normalized or plain. */
export function actionValue(answer: Obj | undefined): Obj | undefined {
  if (!answer) return undefined;
  return obj(obj(answer.data)?.value) ?? obj(answer.value);
}

/** Unicode code points, not UTF-16 units: what a person would call characters. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Visits every object under `root`, breadth-first, with hard caps on depth and count, so a hostile
 * answer can neither recurse us into a stack overflow nor keep us busy.
 */
export function eachObject(root: unknown, visit: (o: Obj) => void, maxNodes = 50_000, maxDepth = 12): void {
  const queue: [unknown, number][] = [[root, 0]];
  let seen = 0;
  for (let qi = 0; qi < queue.length && seen < maxNodes; qi++) {
    const entry = queue[qi];
    if (!entry) break;
    const [v, depth] = entry;
    if (typeof v !== 'object' || v === null) continue;
    seen++;
    if (Array.isArray(v)) {
      if (depth < maxDepth) {
        for (const x of v) {
          if (queue.length > maxNodes * 2) break;
          if (typeof x === 'object' && x !== null) queue.push([x, depth + 1]);
        }
      }
      continue;
    }
    visit(v as Obj);
    if (depth < maxDepth) {
      for (const k in v) {
        if (queue.length > maxNodes * 2) break;
        const x = (v as Obj)[k];
        if (typeof x === 'object' && x !== null) queue.push([x, depth + 1]);
      }
    }
  }
}
