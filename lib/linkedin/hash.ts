// A tiny, fast, non-cryptographic hash for dedupe keys when LinkedIn gives no id.
// Two FNV-1a 32-bit lanes with different offset bases → 16 hex chars (64 bits): collisions between
// distinct sends of one person are negligible, and the same input always gives the same key.

export function hash64(...parts: string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let p = 0; p < parts.length; p++) {
    const s = parts[p] ?? '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
    }
    // Separator, so ("ab","c") and ("a","bc") differ.
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
