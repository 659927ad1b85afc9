import "server-only";
import { headers } from "next/headers";

/**
 * The caller's address for rate limiting: the first X-Forwarded-For hop when a
 * reverse proxy sets it, else X-Real-IP, else one shared "direct" bucket.
 */
export async function clientIp(): Promise<string> {
  const list = await headers();
  const forwarded = list.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || list.get("x-real-ip") || "direct";
}
