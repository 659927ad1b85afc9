import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  count,
  FLASHCARD_IDS,
  freshClientId,
  rawMutation,
  rawRequest,
  report,
  SEED,
  useFuzzSession,
} from "./support/fuzz-fixture.ts";
import {
  bigString,
  expectApiContract,
  hasUnstorableText,
  notANumber,
  notAString,
  oddNumber,
  oddString,
} from "./support/fuzz-support.ts";
import type { SendOptions } from "./support/http-client.ts";

/** Property-based fuzzing of rating flashcards and undoing ratings: replays apply once, refusals store nothing. */
describe("fuzzing the flashcard routes", () => {
  const fuzz = useFuzzSession();
  const { student } = fuzz;

  /** The ratings that were stored, for the undo fuzzing. */
  const reviewed: { flashcardId: string; rating: number; clientId: string; reviewLogId: string }[] =
    [];

  it("POST /api/flashcards/reviews: never 5xx; 2xx only when well-formed; replays apply once", async () => {
    const target = "POST /api/flashcards/reviews";
    const validClientId = fc
      .stringMatching(/^[A-Za-z0-9_-]{0,20}$/)
      .map((suffix) => freshClientId(suffix));
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          flashcardId: fc.oneof(
            {
              weight: 3,
              arbitrary: fc.constantFrom(...FLASHCARD_IDS).map((id) => ({ ok: true, id }) as const),
            },
            {
              weight: 1,
              arbitrary: fc
                .oneof(
                  notAString,
                  fc.constant(""),
                  fc.constant("c".repeat(201)),
                  oddString().map((id) => `c-none${id}`),
                )
                .map((id) => ({ ok: false, id }) as const),
            },
          ),
          rating: fc.oneof(
            {
              weight: 3,
              arbitrary: fc
                .integer({ min: 1, max: 4 })
                .map((rating) => ({ ok: true, rating }) as const),
            },
            {
              weight: 1,
              arbitrary: fc
                .oneof(
                  notANumber,
                  oddNumber.filter((value) => ![1, 2, 3, 4].includes(value)),
                )
                .map((rating) => ({ ok: false, rating }) as const),
            },
          ),
          clientId: fc.oneof(
            { weight: 4, arbitrary: validClientId.map((id) => ({ kind: "fresh", id }) as const) },
            { weight: 1, arbitrary: fc.constant({ kind: "replay" } as const) },
            { weight: 1, arbitrary: fc.constant({ kind: "replay-other-rating" } as const) },
            {
              weight: 1,
              arbitrary: fc
                .oneof(
                  notAString,
                  fc.string({ maxLength: 7 }),
                  fc.string({ minLength: 101, maxLength: 200 }),
                  oddString()
                    .map((id) => `fz-bad-${id}`)
                    .filter((id) => !/^[A-Za-z0-9_-]+$/.test(id)),
                )
                .map((id) => ({ kind: "bad", id }) as const),
            },
          ),
          extra: fc.dictionary(
            oddString(8).map((key) => `extra${key}`),
            fc.jsonValue({ maxDepth: 1 }),
            { maxKeys: 2 },
          ),
          raw: fc.option(rawMutation, { freq: 5, nil: null }),
        }),
        async (testCase) => {
          count(target);
          const previous = reviewed[reviewed.length - 1];
          const replaying =
            previous &&
            (testCase.clientId.kind === "replay" ||
              testCase.clientId.kind === "replay-other-rating");
          let body: Record<string, unknown>;
          let expected: number[];
          if (replaying) {
            const otherRating = (previous.rating % 4) + 1;
            body = {
              flashcardId: previous.flashcardId,
              rating: testCase.clientId.kind === "replay" ? previous.rating : otherRating,
              clientId: previous.clientId,
            };
            expected = testCase.clientId.kind === "replay" ? [200] : [409];
          } else {
            const clientId =
              testCase.clientId.kind === "bad" ? testCase.clientId.id : freshClientId("-r");
            body = {
              flashcardId: testCase.flashcardId.id,
              rating: testCase.rating.rating,
              clientId,
            };
            const wellFormed =
              testCase.flashcardId.ok && testCase.rating.ok && testCase.clientId.kind !== "bad";
            expected = wellFormed
              ? [201]
              : testCase.rating.ok &&
                  testCase.clientId.kind !== "bad" &&
                  typeof body.flashcardId === "string" &&
                  body.flashcardId !== "" &&
                  body.flashcardId.length <= 200 &&
                  !hasUnstorableText(body.flashcardId)
                ? [404]
                : [422];
          }
          body = { ...testCase.extra, ...body };
          let options: SendOptions = { body: JSON.stringify(body) };
          if (testCase.raw) {
            const raw = rawRequest(body, testCase.raw, "rating");
            options = raw.options;
            expected = raw.expected;
          }
          const response = await student.send("POST", "/api/flashcards/reviews", options);
          const what = JSON.stringify(testCase).slice(0, 300);
          const reply = (await expectApiContract(response, what)) as Record<string, unknown>;
          expect(expected, what).toContain(response.status);
          if (response.status === 201) {
            expect(reply.duplicate).toBe(false);
            reviewed.push({
              flashcardId: body.flashcardId as string,
              rating: body.rating as number,
              clientId: body.clientId as string,
              reviewLogId: reply.reviewLogId as string,
            });
          }
          if (response.status === 200) {
            expect(reply).toMatchObject({ duplicate: true, reviewLogId: previous?.reviewLogId });
          }
        },
      ),
      { numRuns: 150, seed: SEED, endOnFailure: true },
    );
    report(target);
  }, 120_000);

  it("POST /api/flashcards/reviews/undo: never 5xx; 2xx only for one's own rating", async () => {
    const target = "POST /api/flashcards/reviews/undo";
    expect(reviewed.length, "the ratings fuzzing left some to undo").toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          reviewLogId: fc.oneof(
            { weight: 3, arbitrary: fc.nat().map((index) => ({ kind: "own", index }) as const) },
            { weight: 1, arbitrary: fc.constant({ kind: "someone-else's" } as const) },
            {
              weight: 2,
              arbitrary: oddString(100)
                .filter((id) => id !== "" && id.length <= 100)
                .map((id) => ({ kind: "unknown", id }) as const),
            },
            {
              weight: 1,
              arbitrary: fc
                .oneof(notAString, fc.constant(""), fc.string({ minLength: 101, maxLength: 300 }))
                .map((id) => ({ kind: "invalid", id }) as const),
            },
          ),
          extra: fc.dictionary(
            oddString(8).map((key) => `extra${key}`),
            fc.jsonValue({ maxDepth: 1 }),
            { maxKeys: 2 },
          ),
          raw: fc.option(rawMutation, { freq: 6, nil: null }),
        }),
        async (testCase) => {
          count(target);
          const { reviewLogId } = testCase;
          let id: unknown;
          let expected: number[];
          switch (reviewLogId.kind) {
            case "own":
              id = reviewed[reviewLogId.index % reviewed.length]?.reviewLogId;
              // The latest rating of its card (or one undone already) comes back; an older one is a conflict.
              expected = [200, 409];
              break;
            case "someone-else's":
              // Someone else's rating is not found, like a missing one.
              id = fuzz.teacherReviewLogId;
              expected = [404];
              break;
            case "unknown":
              id = reviewLogId.id;
              expected = hasUnstorableText(reviewLogId.id) ? [422] : [404];
              break;
            case "invalid":
              id = reviewLogId.id;
              expected = [422];
              break;
          }
          const body = { ...testCase.extra, reviewLogId: id };
          let options: SendOptions = { body: JSON.stringify(body) };
          if (testCase.raw) {
            const raw = rawRequest(body, testCase.raw, "reviewLogId");
            options = raw.options;
            expected = raw.expected;
          }
          const response = await student.send("POST", "/api/flashcards/reviews/undo", options);
          const what = JSON.stringify(testCase).slice(0, 300);
          await expectApiContract(response, what);
          expect(expected, what).toContain(response.status);
        },
      ),
      { numRuns: 80, seed: SEED, endOnFailure: true },
    );
    report(target);
  }, 120_000);

  it("POST the flashcard routes with big bodies: 413, never 5xx", async () => {
    const target = "POST /api/flashcards/* (big payloads)";
    for (const path of ["/api/flashcards/reviews", "/api/flashcards/reviews/undo"]) {
      for (const size of [1 << 20, (1 << 20) + 1]) {
        count(target);
        const response = await student.send("POST", path, {
          body: JSON.stringify({
            flashcardId: bigString(size),
            rating: 3,
            clientId: "fz-big-000001",
            reviewLogId: "x",
          }),
        });
        await expectApiContract(response, `${path} with ${size} characters`);
        expect(response.status).toBe(413);
      }
      // Chunked, with no Content-Length: refused while it is read, not after it is all in memory.
      count(target);
      const chunked = await student.send("POST", path, {
        body: JSON.stringify({ flashcardId: bigString(1 << 20), rating: 3 }),
        stream: true,
      });
      await expectApiContract(chunked, `${path} chunked, 1 MiB`);
      expect(chunked.status).toBe(413);
    }
    report(target);
  }, 60_000);
});
