import "server-only";
import { RequestError } from "../errors/request-error";

/**
 * A request's body, kept only up to `limit` bytes: past it, the rest is read
 * and dropped and the request refused (413). A declared Content-Length over
 * the limit is refused before reading; a chunked body declares none, so the
 * count is kept while reading too (Next.js caps no route handler's body).
 */
export async function readBodyBytes(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () =>
    new RequestError("PAYLOAD_TOO_LARGE", `The request body is larger than ${limit} bytes.`);
  if (Number(request.headers.get("content-length") ?? "0") > limit) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    // Past the limit the rest is read and dropped, not kept: a client still sending
    // would otherwise never get to read the 413 (cancelling stalls the upload).
    if (length <= limit) chunks.push(value);
  }
  if (length > limit) throw tooLarge();
  const body = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
