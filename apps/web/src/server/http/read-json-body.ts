import "server-only";
import { RequestError } from "../errors/request-error";

/** Larger bodies are refused before parsing: no answer or rating is anywhere near this. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

const TOO_LARGE = `The request body is larger than ${MAX_JSON_BODY_BYTES} bytes.`;

/** The request's JSON body, or the RequestError that says why it cannot be read. */
export async function readJsonBody(request: Request): Promise<unknown> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw new RequestError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as application/json.");
  }
  if (Number(request.headers.get("content-length") ?? "0") > MAX_JSON_BODY_BYTES) {
    throw new RequestError("PAYLOAD_TOO_LARGE", TOO_LARGE);
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) {
    throw new RequestError("PAYLOAD_TOO_LARGE", TOO_LARGE);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestError("BAD_REQUEST", "The request body is not valid JSON.");
  }
}
