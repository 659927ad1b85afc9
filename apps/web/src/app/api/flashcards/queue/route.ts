import { getDb } from "@quizdeck/db";
import { type NextRequest, NextResponse } from "next/server";
import { loadFlashcardQueue, readScope } from "@/lib/flashcards/load-queue";
import { jsonError } from "@/lib/http/json-error";
import { getCurrentUser } from "@/lib/session";
import { getTimeZone } from "@/lib/time-zone";

/**
 * The learner's current review queue (`?set=<id>` to limit it to a set): the
 * cards due now with their button intervals, and what falls due next. Read-only;
 * the session calls it at the end to offer more cards and say what is next.
 */
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return jsonError(401, "UNAUTHENTICATED", "Sign in to continue.");
  const params = request.nextUrl.searchParams.getAll("set");
  const scope = readScope(params.length > 1 ? params : params[0]);
  if (!scope.ok) return jsonError(params.length > 1 ? 400 : 404, "BAD_SCOPE", scope.message);
  const payload = await loadFlashcardQueue(getDb(), {
    userId: user.id,
    timeZone: await getTimeZone(),
    set: scope.set,
  });
  return NextResponse.json(payload, { headers: { "Cache-Control": "private, no-store" } });
}
