import { bank } from "@quizdeck/content/bank";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readActionReply } from "./support/action-reply.ts";
import { count, report, SEED, useFuzzSession } from "./support/fuzz-fixture.ts";
import {
  bigString,
  expectActionContract,
  oddNumber,
  oddString,
  wellFormed,
} from "./support/fuzz-support.ts";
import { FORM_DATA } from "./support/http-client.ts";

/** What this Node's Intl knows, as the server's (the same runtime) does. */
function knownZone(value: unknown): boolean {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Whether the action should take this target: a whole percent from 80 to 95, spaces around allowed. */
function validTarget(value: string | undefined): boolean {
  const trimmed = value?.trim() ?? "";
  return /^\d{1,3}$/.test(trimmed) && Number(trimmed) >= 80 && Number(trimmed) <= 95;
}

/** Property-based fuzzing of the memory model's inputs: the reported time zone and the target recall. */
describe("fuzzing the memory model's settings", () => {
  const fuzz = useFuzzSession();
  const { student } = fuzz;

  it("the tz cookie on a signed-in page: never 5xx; only a zone the server knows is kept with the account", async () => {
    const target = "GET /progress with a tz cookie";
    // One card reviewed, so the progress page shows the memory model's days.
    const reviewed = await student.post("/api/flashcards/reviews", {
      flashcardId: bank.flashcards[0]?.id,
      rating: 3,
      clientId: `fuzz-tz-${Date.now()}`,
    });
    expect([200, 201]).toContain(reviewed.status);
    const zone = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom("Asia/Almaty", "UTC", "America/Los_Angeles") },
      { weight: 1, arbitrary: fc.constantFrom("utc", "Etc/GMT+5", "EST", "Mars/Olympus_Mons") },
      { weight: 3, arbitrary: oddString(70) },
      { weight: 1, arbitrary: fc.constant(bigString(300)) },
    );
    await fc.assert(
      fc.asyncProperty(zone, async (timeZone) => {
        count(target);
        student.setCookie("tz", encodeURIComponent(wellFormed(timeZone)));
        const response = await student.get("/progress");
        const what = JSON.stringify(timeZone).slice(0, 200);
        expect(response.status, what).toBe(200);
        const html = (await response.text()).replaceAll("<!-- -->", "");
        const shown = /Days turn at 4 a\.m\. in ([^<]*)\.<\/p>/.exec(html)?.[1];
        expect(shown, what).toBeDefined();
        // UTC until a zone is kept; never a name the server does not know.
        expect(shown === "UTC" || knownZone(shown), `${what} shown as ${shown}`).toBe(true);
        if (!knownZone(wellFormed(timeZone))) expect(shown, what).not.toBe(timeZone);
      }),
      { numRuns: 60, seed: SEED, endOnFailure: true },
    );
    report(target);
  }, 120_000);

  it("server action setTargetRecallAction: never 5xx; saves a whole 80–95%, refuses anything else by name", async () => {
    const target = "server action setTargetRecallAction";
    const id = fuzz.actionId("setTargetRecallAction");
    const percent = fc.oneof(
      fc.constantFrom("80", "85", "90", "95", "79", "96", "87", "", " 90 ", "0x55", "9e1", "90%"),
      oddNumber.map(String),
      oddString(),
    );
    await fc.assert(
      fc.asyncProperty(fc.option(percent, { nil: undefined }), async (value) => {
        count(target);
        const fields: [string, string][] = value === undefined ? [] : [["targetPercent", value]];
        const response = await student.callAction(id, [{}, FORM_DATA], fields);
        const what = JSON.stringify(fields);
        const text = await response.clone().text();
        const reply = await readActionReply(response.clone());
        await expectActionContract(response, what);
        if (validTarget(value)) {
          expect(reply.ok, what).toBe(true);
          expect(reply.message, what).toBe(
            `Target recall set to ${Number(value?.trim())}%. It applies from each card's next review; nothing already scheduled moves.`,
          );
        } else {
          expect(reply.ok, what).toBe(false);
          // Refused under the field, saying what is allowed.
          expect(text, what).toContain('"targetPercent":["Choose a target from 80% to 95%."]');
        }
      }),
      { numRuns: 40, seed: SEED, endOnFailure: true },
    );
    report(target);
  }, 120_000);
});
