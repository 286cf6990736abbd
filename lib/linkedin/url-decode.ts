// Percent-decoding of URL parts LinkedIn builds, without throwing on a malformed escape.

/** `decodeURIComponent`, or undefined when the text is not valid percent-encoding. */
export function decodeOnce(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/** Decodes once, and again when the result still holds escapes (LinkedIn double-encodes urns in paths). */
export function decodeTwice(s: string): string | undefined {
  const once = decodeOnce(s);
  return once?.includes('%') ? decodeOnce(once) : once;
}
