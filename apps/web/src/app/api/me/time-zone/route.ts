import { getDb } from "@quizdeck/db";
import { timeZoneBodySchema } from "@quizdeck/db/fields";
import { setTimeZone } from "@quizdeck/db/user";
import { defineRoute, methodNotAllowed } from "@/server/route/define-route";

/**
 * Stores the time zone the signed-in user's browser reports (`{timeZone}`, an
 * IANA name): memory counts their days in it on every path, the background
 * fitting job included. The browser sends it when it differs from the stored one.
 */
export const POST = defineRoute({
  access: "user",
  body: timeZoneBodySchema,
  rateLimit: "time-zone",
  async handle({ user, body }) {
    return setTimeZone(getDb(), { userId: user.id, timeZone: body.timeZone });
  },
});

export const GET = methodNotAllowed(
  'POST the browser\'s time zone here: {"timeZone": "Europe/Berlin"}.',
);
