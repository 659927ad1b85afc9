import { NotFoundError } from "@quizdeck/db/errors";
import { defineRoute } from "@/server/route/define-route";

/**
 * Any other address under /api: the API's JSON 404, not the HTML 404 page
 * (whose scripts would need the CSP nonce the proxy gives pages only).
 */
const noSuchRoute = {
  access: "public",
  async handle(): Promise<never> {
    throw new NotFoundError("There is no API at this address.");
  },
} as const;

export const GET = defineRoute(noSuchRoute);
export const POST = defineRoute(noSuchRoute);
export const PUT = defineRoute(noSuchRoute);
export const PATCH = defineRoute(noSuchRoute);
export const DELETE = defineRoute(noSuchRoute);
