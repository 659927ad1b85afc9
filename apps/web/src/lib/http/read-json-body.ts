import "server-only";
import type { NextRequest } from "next/server";

/** Larger bodies are refused before parsing: no answer is anywhere near this. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

export type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413 | 415; message: string };

export async function readJsonBody(request: NextRequest): Promise<JsonBody> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return { ok: false, status: 415, message: "Send the request body as application/json." };
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BODY_BYTES) {
    return {
      ok: false,
      status: 413,
      message: `The request body is larger than ${MAX_JSON_BODY_BYTES} bytes.`,
    };
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) {
    return {
      ok: false,
      status: 413,
      message: `The request body is larger than ${MAX_JSON_BODY_BYTES} bytes.`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, message: "The request body is not valid JSON." };
  }
}
