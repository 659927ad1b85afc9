import "server-only";
import { RequestError } from "../errors/request-error";
import { readBodyBytes } from "./read-body-bytes";

/** Larger bodies are refused before parsing: no answer or rating is anywhere near this. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

/** The request's JSON body, or the RequestError that says why it cannot be read. */
export async function readJsonBody(request: Request): Promise<unknown> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw new RequestError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as application/json.");
  }
  const text = new TextDecoder().decode(await readBodyBytes(request, MAX_JSON_BODY_BYTES));
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestError("BAD_REQUEST", "The request body is not valid JSON.");
  }
}
