import { NotFoundError } from "@quizdeck/db/errors";
import { defineRoute } from "@/server/route/define-route";

/**
 * Any other address under /api: the API's JSON 404, not the HTML 404 page
 * (whose scripts would need the CSP nonce the proxy gives pages only).
 */
const noSuchRoute = defineRoute({
  access: "public",
  async handle() {
    throw new NotFoundError("There is no API at this address.");
  },
});

export const GET = noSuchRoute;
export const POST = noSuchRoute;
export const PUT = noSuchRoute;
export const PATCH = noSuchRoute;
export const DELETE = noSuchRoute;
