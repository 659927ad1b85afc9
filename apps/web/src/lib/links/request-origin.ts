import "server-only";
import { headers } from "next/headers";
import { env } from "@/env";
import { shareableOrigin } from "./shareable-origin";

/** The origin of shareable links for the page being rendered (see `shareableOrigin`). */
export async function requestShareableOrigin(): Promise<string> {
  const incoming = await headers();
  return shareableOrigin(
    {
      host: incoming.get("host"),
      forwardedHost: incoming.get("x-forwarded-host"),
      forwardedProto: incoming.get("x-forwarded-proto"),
    },
    env.origin,
  );
}
