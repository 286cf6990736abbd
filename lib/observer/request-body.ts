// Reads a request body as text without consuming what the page will send. LinkedIn's sends are
// JSON strings (URL-encoded forms at most); other bodies (blobs, buffers, streams) are left alone.
export function bodyToText(body: unknown): string | undefined {
  if (typeof body === 'string') return body;
  return body instanceof URLSearchParams ? body.toString() : undefined;
}
