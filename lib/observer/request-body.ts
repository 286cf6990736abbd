// Reads a request body as text without consuming what the page will send. Bodies that
// cannot be read without side effects (streams) are skipped, never touched.
export function bodyToText(body: unknown): string | undefined | Promise<string | undefined> {
  if (body == null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body))
    return new TextDecoder().decode(body as ArrayBuffer);
  if (typeof Blob !== 'undefined' && body instanceof Blob) return body.text(); // reading a Blob does not consume it
  return undefined;
}
