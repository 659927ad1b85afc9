import { bank } from "@quizdeck/content/bank";
import type { Question, QuestionOfType } from "@quizdeck/content/schema";
import { answerKey, InvalidResponseError } from "@quizdeck/core/grading";
import { seededShuffle } from "@quizdeck/core/random";
import { describe, expect, it } from "vitest";
import { optionRef, questionRef, resolveQuestionRef } from "./attempt-refs";
import { evidenceHref } from "./evidence-link";
import { describePart } from "./feedback-text";
import {
  buildFeedback,
  buildUnansweredFeedback,
  clozeSegments,
  presentQuestion,
  shuffleAwayFromKey,
  trueFalseStatement,
} from "./present-question";

const SEEDS = [0, 1, 2, 7, 42, 1234, 99991, 2 ** 31 - 1];
const SETTINGS = SEEDS.flatMap((shuffleSeed) => [
  { shuffleSeed, shuffleOptions: true },
  { shuffleSeed, shuffleOptions: false },
]);

function ofType<T extends Question["type"]>(type: T): QuestionOfType<T>[] {
  return bank.questions.filter((question): question is QuestionOfType<T> => question.type === type);
}

function first<T extends Question["type"]>(type: T): QuestionOfType<T> {
  const question = ofType(type)[0];
  if (!question) throw new Error(`the bank has no ${type} question`);
  return question;
}

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) keysOf(item, into);
  } else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      keysOf(inner, into);
    }
  }
  return into;
}

describe("presentQuestion never leaks the key", () => {
  it("has every question type in the bank to test", () => {
    for (const type of [
      "single-choice",
      "multiple-choice",
      "true-false",
      "cloze",
      "matching",
      "ordering",
    ] as const) {
      expect(ofType(type).length).toBeGreaterThan(0);
    }
  });

  it("carries no correct flags, answers, accept lists, pairs, explanations or evidence", () => {
    for (const question of bank.questions) {
      for (const settings of SETTINGS) {
        const presented = presentQuestion(question, settings);
        const keys = keysOf(presented);
        for (const forbidden of [
          "correct",
          "answer",
          "accept",
          "pairs",
          "explanation",
          "evidence",
        ]) {
          expect(keys, `${question.id} leaks "${forbidden}"`).not.toContain(forbidden);
        }
        expect(JSON.stringify(presented)).not.toMatch(/"correct"\s*:/);
      }
    }
    // Every question under every setting: seconds of work on a busy machine (the full suite
    // builds Next.js beside it), more than vitest's default 5 s.
  }, 60_000);

  it("names questions by an opaque per-attempt reference, never the readable bank id", () => {
    for (const settings of SETTINGS) {
      const refs = bank.questions.map((question) => presentQuestion(question, settings).id);
      expect(new Set(refs).size).toBe(bank.questions.length);
      for (const [index, question] of bank.questions.entries()) {
        const ref = refs[index] ?? "";
        expect(ref).toMatch(/^r[0-9a-f]{16}$/);
        expect(ref).not.toContain(question.id);
        const attempt = { ...settings, questionIds: bank.questions.map((q) => q.id) };
        expect(resolveQuestionRef(attempt, ref)).toBe(question.id);
      }
    }
    const question = first("cloze");
    expect(questionRef({ shuffleSeed: 1 }, question.id)).not.toBe(
      questionRef({ shuffleSeed: 2 }, question.id),
    );
    // The API also takes the bank id itself, and nothing outside the attempt.
    const attempt = { shuffleSeed: 1, questionIds: [question.id] };
    expect(resolveQuestionRef(attempt, question.id)).toBe(question.id);
    expect(resolveQuestionRef(attempt, questionRef({ shuffleSeed: 2 }, question.id))).toBeNull();
    expect(resolveQuestionRef(attempt, "q-something-else")).toBeNull();
  });

  it("shows choices as id and text only, shuffled (seeded) only when the attempt says so", () => {
    for (const question of [...ofType("single-choice"), ...ofType("multiple-choice")]) {
      const plain = presentQuestion(question, { shuffleSeed: 5, shuffleOptions: false });
      if (plain.type !== question.type || !("choices" in plain)) throw new Error("wrong type");
      expect(plain.choices).toEqual(
        question.choices.map(({ id, text }) => ({
          id: optionRef({ shuffleSeed: 5 }, question.id, id),
          text,
        })),
      );
      for (const choice of plain.choices) {
        expect(Object.keys(choice).sort()).toEqual(["id", "text"]);
        expect(choice.id).toMatch(/^o[0-9a-f]{8}$/);
      }

      const shuffled = presentQuestion(question, { shuffleSeed: 5, shuffleOptions: true });
      if (!("choices" in shuffled)) throw new Error("wrong type");
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect([...shuffled.choices].sort(byId)).toEqual([...plain.choices].sort(byId));
      // The same attempt shows the same order after a reload.
      expect(presentQuestion(question, { shuffleSeed: 5, shuffleOptions: true })).toEqual(shuffled);
    }
  });

  it("shuffles differently across attempts", () => {
    const question = first("single-choice");
    const orders = new Set(
      SEEDS.map((shuffleSeed) => {
        const presented = presentQuestion(question, { shuffleSeed, shuffleOptions: true });
        return "choices" in presented ? presented.choices.map((choice) => choice.id).join("") : "";
      }),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it("gives a true-false statement without its answer", () => {
    for (const question of ofType("true-false")) {
      const presented = presentQuestion(
        question,
        SETTINGS[0] ?? { shuffleSeed: 1, shuffleOptions: true },
      );
      expect(Object.keys(presented).sort()).toEqual(["id", "prompt", "statement", "type"]);
      if (presented.type !== "true-false") throw new Error("wrong type");
      expect(presented.statement.length).toBeGreaterThan(0);
      expect(presented.statement).not.toMatch(/^true or false/i);
    }
  });

  it("splits cloze text into text and numbered blanks, with no accepted answer that the text lacks", () => {
    for (const question of ofType("cloze")) {
      const presented = presentQuestion(question, { shuffleSeed: 3, shuffleOptions: true });
      if (presented.type !== "cloze") throw new Error("wrong type");
      expect(presented.blankCount).toBe(question.accept.length);
      expect(
        presented.segments
          .filter((segment) => segment.kind === "blank")
          .map((s) => s.kind === "blank" && s.blank),
      ).toEqual(question.accept.map((_, index) => index + 1));
      const shownText = presented.segments
        .map((segment) => (segment.kind === "text" ? segment.text : ""))
        .join("");
      expect(shownText).not.toMatch(/\{\{\d+\}\}/);
      const json = JSON.stringify(presented).toLowerCase();
      const visible = `${question.prompt} ${question.text}`.toLowerCase();
      for (const answers of question.accept) {
        for (const answer of answers) {
          if (!visible.includes(answer.toLowerCase())) {
            expect(json, `${question.id} leaks "${answer}"`).not.toContain(answer.toLowerCase());
          }
        }
      }
    }
  });

  it("keeps matching lefts in order and never shows the rights in key order", () => {
    for (const question of ofType("matching")) {
      for (const settings of SETTINGS) {
        const presented = presentQuestion(question, settings);
        if (presented.type !== "matching") throw new Error("wrong type");
        expect(presented.lefts).toEqual(question.pairs.map((pair) => pair.left));
        const key = question.pairs.map((pair) => pair.right);
        expect([...presented.rights].sort()).toEqual([...key].sort());
        expect(presented.rights).not.toEqual(key);
      }
    }
  });

  it("never shows ordering items in key order", () => {
    for (const question of ofType("ordering")) {
      for (const settings of SETTINGS) {
        const presented = presentQuestion(question, settings);
        if (presented.type !== "ordering") throw new Error("wrong type");
        expect([...presented.items].sort()).toEqual([...question.items].sort());
        expect(presented.items).not.toEqual(question.items);
        expect(presentQuestion(question, settings)).toEqual(presented);
      }
    }
  });
});

describe("shuffleAwayFromKey", () => {
  it("rotates a shuffle that came out in key order", () => {
    const items = ["a", "b", "c"];
    const seed = Array.from({ length: 1000 }, (_, i) => i).find(
      (candidate) => seededShuffle(items, candidate).join() === items.join(),
    );
    expect(seed).toBeDefined();
    expect(shuffleAwayFromKey(items, seed as number)).toEqual(["b", "c", "a"]);
  });

  it("keeps a shuffle that already differs from the key", () => {
    const items = ["a", "b", "c", "d", "e"];
    for (const seed of SEEDS) {
      const shuffled = seededShuffle(items, seed);
      if (shuffled.join() !== items.join())
        expect(shuffleAwayFromKey(items, seed)).toEqual(shuffled);
    }
  });
});

describe("clozeSegments and trueFalseStatement", () => {
  it("splits around blanks, including at the edges", () => {
    expect(clozeSegments("{{1}} and {{2}}.")).toEqual([
      { kind: "blank", blank: 1 },
      { kind: "text", text: " and " },
      { kind: "blank", blank: 2 },
      { kind: "text", text: "." },
    ]);
  });

  it("drops the 'True or false:' lead-in", () => {
    expect(trueFalseStatement("True or false: The sky is green.")).toBe("The sky is green.");
    expect(trueFalseStatement("The sky is green.")).toBe("The sky is green.");
  });
});

describe("buildFeedback", () => {
  const settings = { shuffleSeed: 11, shuffleOptions: true };

  it("scores the answer key as fully correct, for every question", () => {
    for (const question of bank.questions) {
      const feedback = buildFeedback(question, answerKey(question), settings);
      expect(feedback.score, question.id).toBe(1);
      expect(feedback.correct).toBe(true);
      expect(feedback.answered).toBe(true);
      expect(feedback.explanation).toBe(question.explanation);
      expect(feedback.evidence).toEqual(
        question.evidence.map(({ paragraphId, quote }) => ({
          paragraphId,
          quote,
          href: evidenceHref({ paragraphId, quote }),
        })),
      );
      expect(feedback.parts.length).toBeGreaterThan(0);
    }
  });

  it("marks a wrong single choice, lists parts in display order, and shows both answers", () => {
    const question = first("single-choice");
    const wrong = question.choices.find((choice) => !choice.correct);
    const right = question.choices.find((choice) => choice.correct);
    if (!wrong || !right) throw new Error("bad fixture");
    const feedback = buildFeedback(
      question,
      { type: "single-choice", choiceId: wrong.id },
      settings,
    );
    expect(feedback.score).toBe(0);
    expect(feedback.correct).toBe(false);
    const presented = presentQuestion(question, settings);
    if (!("choices" in presented)) throw new Error("wrong type");
    expect(feedback.parts.map((part) => (part.kind === "choice" ? part.choiceId : ""))).toEqual(
      presented.choices.map((choice) => choice.id),
    );
    const ref = (id: string) => optionRef(settings, question.id, id);
    const shownAs = (id: string) =>
      presented.choices.findIndex((choice) => choice.id === ref(id)) + 1;
    expect(feedback.yourAnswer).toEqual({
      kind: "choices",
      choices: [{ id: ref(wrong.id), text: wrong.text, number: shownAs(wrong.id) }],
    });
    expect(feedback.correctAnswer).toEqual({
      kind: "choices",
      choices: [{ id: ref(right.id), text: right.text, number: shownAs(right.id) }],
    });
    const wrongPart = feedback.parts.find(
      (part) => part.kind === "choice" && part.choiceId === ref(wrong.id),
    );
    expect(wrongPart).toMatchObject({ verdict: "wrongly-chosen" });
  });

  it("numbers options as they were shown, never by the bank's letters", () => {
    // Some shuffled choice question whose first option shown is not the bank's first.
    const question = [...ofType("single-choice"), ...ofType("multiple-choice")].find(
      (candidate) => {
        const presented = presentQuestion(candidate, settings);
        const bankFirst = candidate.choices[0]?.id ?? "";
        return (
          "choices" in presented &&
          presented.choices[0]?.id !== optionRef(settings, candidate.id, bankFirst)
        );
      },
    );
    if (!question) throw new Error("no question whose shuffle moves the first option");
    const presented = presentQuestion(question, settings);
    if (!("choices" in presented)) throw new Error("wrong type");
    const [firstShown] = presented.choices;
    if (!firstShown) throw new Error("no options");
    // Stored answers name options by the bank's ids.
    const bankId = question.choices.find(
      (choice) => optionRef(settings, question.id, choice.id) === firstShown.id,
    )?.id;
    const response =
      question.type === "single-choice"
        ? { type: "single-choice", choiceId: bankId }
        : { type: "multiple-choice", choiceIds: [bankId] };
    const feedback = buildFeedback(question, response, settings);
    const lines = feedback.parts
      .map((part) => describePart(part, question.type))
      .filter((line) => line !== null);
    const chosenLine = lines.find((line) => line.detail.startsWith("Your choice"));
    expect(chosenLine?.label).toBe(`Option 1: ${firstShown.text}`);
    expect(feedback.yourAnswer).toEqual({
      kind: "choices",
      choices: [{ ...firstShown, number: 1 }],
    });
    if (feedback.correctAnswer.kind !== "choices") throw new Error("not a choice key");
    for (const choice of feedback.correctAnswer.choices) {
      expect(presented.choices[choice.number - 1]?.id).toBe(choice.id);
    }
    // Nothing names an option by the bank's letter.
    const words = JSON.stringify(lines);
    expect(words).not.toMatch(/\([a-h]\)/);
  });

  it("gives partial credit and per-blank marks for cloze, with every accepted answer in the key", () => {
    const question = ofType("cloze").find((candidate) =>
      candidate.accept.some((answers) => answers.length > 1),
    );
    if (!question) throw new Error("no cloze with alternatives");
    const feedback = buildFeedback(
      question,
      { type: "cloze", blanks: question.accept.map(() => "zzzz") },
      settings,
    );
    expect(feedback.score).toBe(0);
    expect(feedback.parts.every((part) => part.kind === "blank" && !part.accepted)).toBe(true);
    expect(feedback.correctAnswer).toEqual({
      kind: "blanks",
      blanks: question.accept.map((answers, index) => ({
        blank: index + 1,
        text: answers[0],
        alsoAccepted: answers.slice(1),
      })),
    });
  });

  it("shows matching and ordering answers in readable form", () => {
    const matching = first("matching");
    const rights = matching.pairs.map((pair) => pair.right);
    const rotated = [...rights.slice(1), ...rights.slice(0, 1)];
    const matchingFeedback = buildFeedback(
      matching,
      {
        type: "matching",
        matches: matching.pairs.map((pair, i) => ({ left: pair.left, right: rotated[i] ?? "" })),
      },
      settings,
    );
    expect(matchingFeedback.score).toBe(0);
    expect(matchingFeedback.correctAnswer).toEqual({
      kind: "pairs",
      pairs: matching.pairs.map(({ left, right }) => ({ left, right })),
    });

    const ordering = first("ordering");
    const reversed = [...ordering.items].reverse();
    const orderingFeedback = buildFeedback(
      ordering,
      { type: "ordering", order: reversed },
      settings,
    );
    expect(orderingFeedback.yourAnswer).toEqual({ kind: "order", items: reversed });
    expect(orderingFeedback.correctAnswer).toEqual({ kind: "order", items: ordering.items });
    expect(orderingFeedback.parts.every((part) => part.kind === "position")).toBe(true);
  });

  it("rejects a malformed response instead of grading it", () => {
    const question = first("ordering");
    expect(() => buildFeedback(question, { type: "ordering", order: ["nope"] }, settings)).toThrow(
      InvalidResponseError,
    );
    expect(() =>
      buildFeedback(question, { type: "single-choice", choiceId: "a" }, settings),
    ).toThrow(InvalidResponseError);
  });

  it("has an unanswered form: score 0, no parts, the key and the evidence", () => {
    const question = first("true-false");
    const feedback = buildUnansweredFeedback(question, settings);
    expect(feedback).toMatchObject({
      answered: false,
      score: 0,
      correct: false,
      parts: [],
      yourAnswer: null,
    });
    expect(feedback.correctAnswer).toEqual({ kind: "boolean", value: question.answer });
  });
});

describe("evidenceHref", () => {
  it("has the article page's shape and round-trips the quote", () => {
    const quote = "Russia is acting “tough” & more #1?";
    const href = evidenceHref({ paragraphId: "p03", quote });
    expect(href.startsWith("/article?p=p03&q=")).toBe(true);
    expect(href.endsWith("#p03")).toBe(true);
    const url = new URL(href, "http://localhost");
    expect(url.searchParams.get("p")).toBe("p03");
    expect(url.searchParams.get("q")).toBe(quote);
    expect(url.hash).toBe("#p03");
  });
});
