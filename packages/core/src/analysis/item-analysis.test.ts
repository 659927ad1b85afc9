import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { QuestionResponse } from "../grading/index.ts";
import { itemAnalysis } from "./item-analysis.ts";
import type { SubmittedAttempt } from "./submitted-attempt.ts";
import {
  attempt,
  cloze,
  fill,
  minutesLater,
  multipleChoice,
  pick,
  say,
  singleChoice,
  tick,
  trueFalse,
} from "./test-questions.ts";

describe("itemAnalysis: a hand-worked class of 10 on 3 questions", () => {
  // q-a single choice (p01), q-b multiple choice (p01, p02), q-c true-false (p03 quoted twice).
  //
  //  student  q-a  q-b   q-c   raw total (score = raw / 3)
  //  s1       1    1     0     2
  //  s2       1    1     1     3
  //  s3       1    0.5   1     2.5
  //  s4       1    0.5   0     1.5
  //  s5       0    1     1     2
  //  s6       1    0     0     1
  //  s7       0    0.5   1     1.5
  //  s8       0    0     1     1
  //  s9       1    0     —     1     (q-c unanswered: counts 0)
  //  s10      0    —     0     0     (q-b unanswered: counts 0)
  const questions = [
    singleChoice("q-a", ["p01"]),
    multipleChoice("q-b", ["p01", "p02"]),
    trueFalse("q-c", ["p03", "p03"]),
  ];
  const attempts = [
    attempt("s1", 3, [
      ["q-a", 1, pick("a"), 10],
      ["q-b", 1, tick("a", "b"), 1000],
      ["q-c", 0, say(false)],
    ]),
    attempt("s2", 3, [
      ["q-a", 1, pick("a"), 20],
      ["q-b", 1, tick("a", "b"), 2000],
      ["q-c", 1, say(true)],
    ]),
    attempt("s3", 3, [
      ["q-a", 1, pick("a"), 30],
      ["q-b", 0.5, tick("a"), 3000],
      ["q-c", 1, say(true)],
    ]),
    attempt("s4", 3, [
      ["q-a", 1, pick("a"), 40],
      ["q-b", 0.5, tick("b"), 4000],
      ["q-c", 0, say(false)],
    ]),
    attempt("s5", 3, [
      ["q-a", 0, pick("b"), 50],
      ["q-b", 1, tick("a", "b"), 5000],
      ["q-c", 1, say(true)],
    ]),
    attempt("s6", 3, [
      ["q-a", 1, pick("a"), 60],
      ["q-b", 0, tick("c"), 6000],
      ["q-c", 0, say(false)],
    ]),
    attempt("s7", 3, [
      ["q-a", 0, pick("b"), 70],
      ["q-b", 0.5, tick("a"), 7000],
      ["q-c", 1, say(true)],
    ]),
    attempt("s8", 3, [
      ["q-a", 0, pick("c"), 80],
      ["q-b", 0, tick(), 8000],
      ["q-c", 1, say(true)],
    ]),
    attempt("s9", 3, [
      ["q-a", 1, pick("a"), 90],
      ["q-b", 0, tick("a", "c"), 9000],
    ]),
    attempt("s10", 3, [
      ["q-a", 0, pick("d"), 100],
      ["q-c", 0, say(false)],
    ]),
  ];
  const analysis = itemAnalysis(questions, attempts);
  const [a, b, c] = analysis.items;

  it("counts examinees, presented and responders", () => {
    expect(analysis).toMatchObject({ attemptChoice: "first", examinees: 10, students: 10 });
    expect(analysis.items.map((item) => [item.presented, item.responders])).toEqual([
      [10, 10],
      [10, 9],
      [10, 9],
    ]);
  });

  it("computes facility with unanswered as 0", () => {
    // q-a: six 1s → 6/10. q-b: 1+1+.5+.5+1+0+.5+0+0+0 = 4.5 → 0.45.
    // q-c: s2, s3, s5, s7, s8 → 5/10 (s9's blank counts 0 over 10, not 5/9).
    expect(a?.facility).toBeCloseTo(0.6, 12);
    expect(b?.facility).toBeCloseTo(0.45, 12);
    expect(c?.facility).toBeCloseTo(0.5, 12);
  });

  it("computes D from the 27% groups, sharing boundary places among ties", () => {
    // k = round(0.27 · 10) = 3.
    // Ranked by total: s2 3, s3 2.5, {s1, s5} 2, {s4, s7} 1.5, {s6, s8, s9} 1, s10 0.
    // Upper: s2, s3 in full; s1 and s5 tie for the 1 place left → weight 1/2 each.
    // Lower: s10 in full; s6, s8, s9 tie for the 2 places left → weight 2/3 each.
    //
    // q-a: upper (1 + 1 + ½·1 + ½·0) / 3 = 5/6; lower (0 + ⅔·(1 + 0 + 1)) / 3 = 4/9
    //      D = 5/6 − 4/9 = 7/18
    // q-b: upper (1 + 0.5 + ½·1 + ½·1) / 3 = 5/6; lower (0 + ⅔·(0 + 0 + 0)) / 3 = 0
    //      D = 5/6
    // q-c: upper (1 + 1 + ½·0 + ½·1) / 3 = 5/6; lower (0 + ⅔·(0 + 1 + 0)) / 3 = 2/9
    //      D = 5/6 − 2/9 = 11/18
    expect(a?.upperLower?.groupSize).toBe(3);
    expect(a?.upperLower?.upperMean).toBeCloseTo(5 / 6, 12);
    expect(a?.upperLower?.lowerMean).toBeCloseTo(4 / 9, 12);
    expect(a?.discrimination).toBeCloseTo(7 / 18, 12);
    expect(b?.discrimination).toBeCloseTo(5 / 6, 12);
    expect(c?.upperLower?.lowerMean).toBeCloseTo(2 / 9, 12);
    expect(c?.discrimination).toBeCloseTo(11 / 18, 12);
    for (const item of analysis.items) expect(item.flags).toEqual([]);
  });

  it("counts the options chosen", () => {
    // q-a: a by s1, s2, s3, s4, s6, s9; b by s5, s7; c by s8; d by s10 (of 10).
    expect(a?.answerDistribution).toEqual({
      type: "single-choice",
      responders: 10,
      unrecognised: 0,
      options: [
        { choiceId: "a", text: "Right", correct: true, count: 6, share: 0.6 },
        { choiceId: "b", text: "Tempting", correct: false, count: 2, share: 0.2 },
        { choiceId: "c", text: "Plausible", correct: false, count: 1, share: 0.1 },
        { choiceId: "d", text: "Unlikely", correct: false, count: 1, share: 0.1 },
      ],
    });
    // q-b (9 responders): a by s1 s2 s3 s5 s7 s9 = 6; b by s1 s2 s4 s5 = 4; c by s6 s9 = 2;
    // s8 ticked nothing. Shares add up to 12 selections / 9 responders.
    expect(b?.answerDistribution).toMatchObject({
      type: "multiple-choice",
      responders: 9,
      selections: 12,
      noneChosen: 1,
    });
    expect(
      b?.answerDistribution?.type === "multiple-choice" &&
        b.answerDistribution.options.map((option) => option.count),
    ).toEqual([6, 4, 2]);
    // q-c: True by s2 s3 s5 s7 s8 = 5; False by s1 s4 s6 s10 = 4.
    expect(c?.answerDistribution).toEqual({
      type: "true-false",
      responders: 9,
      unrecognised: 0,
      correctAnswer: true,
      answeredTrue: { count: 5, share: 5 / 9 },
      answeredFalse: { count: 4, share: 4 / 9 },
    });
  });

  it("takes the median time of the answered responses", () => {
    // q-a: 10, 20, …, 100 ms (even count) → (50 + 60) / 2 = 55.
    // q-b: 1000 … 9000 ms, 9 answers (odd count) → the 5th, 5000.
    expect(a?.medianTimeMs).toBe(55);
    expect(b?.medianTimeMs).toBe(5000);
  });

  it("averages the items citing each paragraph, pooled over the examinees", () => {
    // p01: q-a and q-b → (6 + 4.5) / (10 + 10) = 0.525; p02: q-b → 0.45;
    // p03: q-c (quoted twice, counted once) → 0.5.
    expect(analysis.paragraphAccuracy).toEqual([
      { paragraphId: "p01", questionIds: ["q-a", "q-b"], scores: 20, meanScore: 0.525 },
      { paragraphId: "p02", questionIds: ["q-b"], scores: 10, meanScore: 0.45 },
      { paragraphId: "p03", questionIds: ["q-c"], scores: 10, meanScore: 0.5 },
    ]);
  });

  it("does not depend on the order of the attempts", () => {
    const reversed = itemAnalysis(questions, [...attempts].reverse());
    expect(reversed).toEqual(analysis);
  });
});

describe("itemAnalysis: point-biserial", () => {
  it("correlates the item with the rest of the test (hand-worked)", () => {
    // Item x and rest-of-test y (the other two questions summed):
    //  u1: x 1, y 2   u2: x 1, y 1   u3: x 0, y 1   u4: x 0, y 0
    // x̄ = 0.5, ȳ = 1; Σ dx·dy = 0.5·1 + 0.5·0 + (−0.5)·0 + (−0.5)(−1) = 1;
    // Σ dx² = 1, Σ dy² = 2 → r = 1 / √2 ≈ 0.7071.
    // Check: (M₁ − M₀) / s_y · √(pq) = (1.5 − 0.5) / √0.5 · 0.5 = 0.7071.
    const questions = [singleChoice("q-x"), singleChoice("q-y"), singleChoice("q-z")];
    const analysis = itemAnalysis(questions, [
      attempt("u1", 3, [
        ["q-x", 1, pick("a")],
        ["q-y", 1, pick("a")],
        ["q-z", 1, pick("a")],
      ]),
      attempt("u2", 3, [
        ["q-x", 1, pick("a")],
        ["q-y", 1, pick("a")],
        ["q-z", 0, pick("b")],
      ]),
      attempt("u3", 3, [
        ["q-x", 0, pick("b")],
        ["q-y", 0, pick("b")],
        ["q-z", 1, pick("a")],
      ]),
      attempt("u4", 3, [
        ["q-x", 0, pick("c")],
        ["q-y", 0, pick("c")],
      ]),
    ]);
    const x = analysis.items[0];
    expect(x?.pointBiserial).toBeCloseTo(1 / Math.SQRT2, 12);
    // n = 4 → k = round(1.08) = 1: u1 (x = 1) against u4 (x = 0) → D = 1.
    expect(x?.discrimination).toBe(1);
  });
});

describe("itemAnalysis: edge cases", () => {
  const questions = [singleChoice("q-a", ["p01"]), trueFalse("q-b", ["p02"]), cloze("q-c")];

  it("reports nothing measured when there are no attempts", () => {
    const analysis = itemAnalysis(questions, []);
    expect(analysis.examinees).toBe(0);
    expect(analysis.students).toBe(0);
    for (const item of analysis.items) {
      expect(item).toMatchObject({
        presented: 0,
        responders: 0,
        facility: null,
        discrimination: null,
        upperLower: null,
        pointBiserial: null,
        medianTimeMs: null,
        flags: [],
      });
    }
    expect(analysis.items[0]?.answerDistribution).toMatchObject({
      responders: 0,
      options: [
        { count: 0, share: null },
        { count: 0, share: null },
        { count: 0, share: null },
        { count: 0, share: null },
      ],
    });
    expect(analysis.items[2]?.answerDistribution).toBeNull();
    expect(analysis.paragraphAccuracy.map((entry) => entry.meanScore)).toEqual([null, null]);
  });

  it("handles a single student: D = 0 (both groups are them), point-biserial null, no flags", () => {
    const analysis = itemAnalysis(questions, [
      attempt("s1", 3, [
        ["q-a", 1, pick("a")],
        ["q-b", 0, say(false)],
        ["q-c", 0.5, fill("CSTO")],
      ]),
    ]);
    expect(analysis.items.map((item) => item.facility)).toEqual([1, 0, 0.5]);
    expect(analysis.items.map((item) => item.discrimination)).toEqual([0, 0, 0]);
    expect(analysis.items.map((item) => item.pointBiserial)).toEqual([null, null, null]);
    // One student says nothing about the items: no flags, and 9 more are needed.
    expect(analysis.items.map((item) => item.flags)).toEqual([[], [], []]);
    expect(analysis.items.map((item) => item.examineesNeeded)).toEqual([9, 9, 9]);
  });

  it("gives D = 0 and a null point-biserial when everyone scores the same", () => {
    const attempts = Array.from({ length: 12 }, (_, index) =>
      attempt(`s${index}`, 3, [
        ["q-a", 1, pick("a")],
        ["q-b", 1, say(true)],
        ["q-c", 1, fill("CSTO")],
      ]),
    );
    const analysis = itemAnalysis(questions, attempts);
    for (const item of analysis.items) {
      expect(item.discrimination).toBe(0);
      expect(item.pointBiserial).toBeNull();
      // Facility 1 > 0.9, and 12 examinees with 0 ≤ D < 0.2.
      expect(item.flags).toEqual(["too-easy", "not-discriminating"]);
    }
  });

  it("gives D = 0 on equal totals even when the items differ, while r sees the trade-off", () => {
    // A: q-a 1, q-b 0; B: q-a 0, q-b 1: equal totals, so both share the one
    // upper and the one lower place (½ each): D = ½ − ½ = 0. Rest scores
    // (1 for B, 0 for A) run against q-a exactly: r = −1.
    const two = [singleChoice("q-a"), trueFalse("q-b")];
    const analysis = itemAnalysis(two, [
      attempt("A", 2, [
        ["q-a", 1, pick("a")],
        ["q-b", 0, say(false)],
      ]),
      attempt("B", 2, [
        ["q-a", 0, pick("b")],
        ["q-b", 1, say(true)],
      ]),
    ]);
    expect(analysis.items[0]?.discrimination).toBe(0);
    expect(analysis.items[0]?.pointBiserial).toBeCloseTo(-1, 12);
  });

  it("counts only presented questions, and unanswered presented ones as 0", () => {
    const analysis = itemAnalysis(questions, [
      // No list: presented all three; answered q-a only.
      attempt("s1", 3, [["q-a", 1, pick("a"), 400]]),
      // Presented q-a and q-b; answered q-b. The answer to a question outside
      // the assignment is ignored.
      attempt(
        "s2",
        2,
        [
          ["q-b", 1, say(true), 200],
          ["q-retired", 1, pick("a")],
        ],
        { questionIds: ["q-a", "q-b"] },
      ),
      // Presented q-c (and a question no longer in the assignment); answered q-c.
      attempt("s3", 1, [["q-c", 1, fill("CSTO")]], { questionIds: ["q-c", "q-gone"] }),
    ]);
    // q-a: s1 1, s2 unanswered 0 → 0.5; q-b: s1 0, s2 1 → 0.5; q-c: s1 0, s3 1 → 0.5.
    expect(analysis.items.map((item) => [item.presented, item.responders])).toEqual([
      [2, 1],
      [2, 1],
      [2, 1],
    ]);
    expect(analysis.items.map((item) => item.facility)).toEqual([0.5, 0.5, 0.5]);
    expect(analysis.items[0]?.medianTimeMs).toBe(400);
    expect(analysis.items[0]?.answerDistribution).toMatchObject({ responders: 1 });
  });

  it("flags negative discrimination when the strong students miss the item", () => {
    // 10 students: s1–s5 get q-y and q-z right and q-x wrong; s6–s10 the reverse.
    // Totals: s1–s5 2/3, s6–s10 1/3. k = 3; the five tied at the top share the 3
    // upper places (3/5 each), the five at the bottom the 3 lower places.
    // q-x: upper mean 0, lower mean 1 → D = −1; facility 0.5.
    const three = [singleChoice("q-x"), singleChoice("q-y"), singleChoice("q-z")];
    const attempts = Array.from({ length: 10 }, (_, index) => {
      const strong = index < 5;
      return attempt(`s${index + 1}`, 3, [
        ["q-x", strong ? 0 : 1, pick(strong ? "b" : "a")],
        ["q-y", strong ? 1 : 0, pick(strong ? "a" : "b")],
        ["q-z", strong ? 1 : 0, pick(strong ? "a" : "b")],
      ]);
    });
    const analysis = itemAnalysis(three, attempts);
    expect(analysis.items.map((item) => item.discrimination)).toEqual([-1, 1, 1]);
    expect(analysis.items.map((item) => item.flags)).toEqual([["negative-discrimination"], [], []]);
    // With 9 students the discrimination flags stay off.
    const nine = itemAnalysis(three, attempts.slice(1));
    expect(nine.items[0]?.discrimination).toBeLessThan(0);
    expect(nine.items[0]?.flags).toEqual([]);
  });
});

describe("itemAnalysis: attempt choice", () => {
  const questions = [singleChoice("q-a")];
  const attempts: SubmittedAttempt[] = [
    attempt("s1", 1, [["q-a", 1, pick("a")]], { attemptId: "s1-2", submittedAt: minutesLater(20) }),
    attempt("s1", 1, [["q-a", 0, pick("b")]], { attemptId: "s1-1", submittedAt: minutesLater(10) }),
    attempt("s2", 1, [["q-a", 1, pick("a")]], { attemptId: "s2-1", submittedAt: minutesLater(5) }),
  ];

  it("reads each student's first submitted attempt by default", () => {
    const analysis = itemAnalysis(questions, attempts);
    expect(analysis).toMatchObject({ attemptChoice: "first", examinees: 2, students: 2 });
    // s1's first attempt scored 0, s2's 1.
    expect(analysis.items[0]?.facility).toBe(0.5);
  });

  it("reads each student's best attempt, or every attempt", () => {
    expect(itemAnalysis(questions, attempts, { attemptChoice: "best" }).items[0]?.facility).toBe(1);
    const all = itemAnalysis(questions, attempts, { attemptChoice: "all" });
    expect(all).toMatchObject({ examinees: 3, students: 2 });
    expect(all.items[0]?.facility).toBeCloseTo(2 / 3, 12);
  });
});

describe("itemAnalysis: properties", () => {
  const questions = [
    singleChoice("q-a", ["p01"]),
    multipleChoice("q-b", ["p02"]),
    trueFalse("q-c", ["p01", "p03"]),
    cloze("q-d", ["p04"]),
  ];
  const score = fc
    .constantFrom(0, 0.25, 0.5, 1)
    .chain((fixed) => fc.oneof(fc.constant(fixed), fc.double({ min: 0, max: 1, noNaN: true })));
  const responseFor: Record<string, fc.Arbitrary<QuestionResponse>> = {
    "q-a": fc.constantFrom("a", "b", "c", "d", "z").map(pick),
    "q-b": fc.subarray(["a", "b", "c", "x"]).map((ids) => tick(...ids)),
    "q-c": fc.boolean().map(say),
    "q-d": fc.string().map((text) => fill(text)),
  };
  const student = fc.record({
    answers: fc.tuple(
      ...questions.map((question) =>
        fc.option(
          fc.record({
            score,
            response: responseFor[question.id] ?? fc.constant(pick("a")),
            time: fc.nat(100_000),
          }),
        ),
      ),
    ),
    minutes: fc.nat(1000),
  });

  it("keeps facility in [0, 1], D and r in [−1, 1], and option shares summing to selections / responders", () => {
    fc.assert(
      fc.property(
        fc.array(student, { maxLength: 40 }),
        fc.constantFrom("first", "best", "all"),
        (students, attemptChoice) => {
          const attempts = students.map(({ answers, minutes }, index) =>
            attempt(
              `u${index % 7}`,
              questions.length,
              answers.flatMap((answer, position) => {
                const question = questions[position];
                return answer && question
                  ? [[question.id, answer.score, answer.response, answer.time] as const]
                  : [];
              }),
              { attemptId: `a${index}`, submittedAt: minutesLater(minutes) },
            ),
          );
          const analysis = itemAnalysis(questions, attempts, { attemptChoice });
          for (const item of analysis.items) {
            expect(item.responders).toBeLessThanOrEqual(item.presented);
            expect(item.presented).toBe(analysis.examinees);
            if (item.facility !== null) {
              expect(item.facility).toBeGreaterThanOrEqual(0);
              expect(item.facility).toBeLessThanOrEqual(1);
            }
            if (item.discrimination !== null) {
              expect(item.discrimination).toBeGreaterThanOrEqual(-1 - 1e-12);
              expect(item.discrimination).toBeLessThanOrEqual(1 + 1e-12);
            }
            if (item.pointBiserial !== null) {
              expect(Math.abs(item.pointBiserial)).toBeLessThanOrEqual(1);
            }
            const distribution = item.answerDistribution;
            if (distribution?.type === "multiple-choice" && distribution.responders > 0) {
              const shares = distribution.options.reduce(
                (sum, option) => sum + (option.share ?? 0),
                0,
              );
              expect(shares).toBeCloseTo(distribution.selections / distribution.responders, 9);
            }
            if (distribution?.type === "single-choice" && distribution.responders > 0) {
              const shares = distribution.options.reduce(
                (sum, option) => sum + (option.share ?? 0),
                0,
              );
              expect(shares).toBeCloseTo(
                1 - distribution.unrecognised / distribution.responders,
                9,
              );
            }
          }
          for (const entry of analysis.paragraphAccuracy) {
            if (entry.meanScore === null) continue;
            expect(entry.meanScore).toBeGreaterThanOrEqual(0);
            expect(entry.meanScore).toBeLessThanOrEqual(1 + 1e-12);
          }
        },
      ),
    );
  });
});

describe("itemAnalysis: size", () => {
  it("analyses 1,000 attempts × 20 questions (no timing assertion)", () => {
    const makers = [singleChoice, multipleChoice, trueFalse, cloze];
    const questions = Array.from({ length: 20 }, (_, index) =>
      (makers[index % makers.length] ?? singleChoice)(`q-${index}`, [
        `p${String((index % 9) + 1).padStart(2, "0")}`,
      ]),
    );
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const attempts = Array.from({ length: 1000 }, (_, index) =>
      attempt(
        `u${index % 400}`,
        20,
        questions.flatMap((question) => {
          if (random() < 0.05) return [];
          const score = random() < 0.6 ? 1 : 0;
          const response =
            question.type === "single-choice"
              ? pick(score ? "a" : "b")
              : question.type === "multiple-choice"
                ? tick("a", ...(score ? ["b"] : []))
                : question.type === "true-false"
                  ? say(score === 1)
                  : fill("CSTO");
          return [[question.id, score, response, Math.floor(random() * 60_000)] as const];
        }),
        { attemptId: `a${index}`, submittedAt: minutesLater(index) },
      ),
    );
    const analysis = itemAnalysis(questions, attempts, { attemptChoice: "all" });
    expect(analysis.examinees).toBe(1000);
    expect(analysis.items).toHaveLength(20);
    expect(itemAnalysis(questions, attempts).examinees).toBe(400);
  });
});
