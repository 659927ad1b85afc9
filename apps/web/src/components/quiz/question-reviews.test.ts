import { bank } from "@quizdeck/content/bank";
import type { Question } from "@quizdeck/content/schema";
import { answerKey } from "@quizdeck/core/grading";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  buildFeedback,
  buildUnansweredFeedback,
  presentQuestion,
} from "@/lib/quiz/present-question";
import { QuestionReviews, type Review } from "./question-reviews";
import { WithheldAnswers } from "./withheld-answers";

const settings = { shuffleSeed: 7, shuffleOptions: true };
const single = bank.questions.filter(
  (question): question is Extract<Question, { type: "single-choice" }> =>
    question.type === "single-choice",
);

function review(question: Question, response: unknown | null): Review {
  const feedback =
    response === null
      ? buildUnansweredFeedback(question, settings)
      : buildFeedback(question, response, settings);
  return {
    question,
    presented: presentQuestion(question, settings),
    score: feedback.score,
    feedback,
  };
}

const [rightOne, wrongOne, skipped] = single;
if (!rightOne || !wrongOne || !skipped) throw new Error("too few single-choice questions");
const wrongChoice = wrongOne.choices.find((choice) => !choice.correct);
if (!wrongChoice) throw new Error("no wrong option");
const reviews = [
  review(rightOne, answerKey(rightOne)),
  review(wrongOne, { type: "single-choice", choiceId: wrongChoice.id }),
  review(skipped, null),
];
const html = renderToStaticMarkup(createElement(QuestionReviews, { reviews }));
const text = (fragment: string) =>
  fragment
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("QuestionReviews", () => {
  it("starts with one row a question: its number linking to its panel, the verdict, the points", () => {
    const table = html.slice(html.indexOf("<table"), html.indexOf("</table>"));
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1).map((row) => row[1] ?? "");
    expect(rows.map(text)).toEqual([
      "Question 1 ✓ Correct 1 of 1",
      "Question 2 ✗ Not correct 0 of 1",
      "Question 3 ○ Not answered 0 of 1",
    ]);
    expect(rows[1]).toContain('href="#question-2"');
    expect(html).toContain('id="question-2"');
  });

  it("folds the panels of questions answered right, and opens the others", () => {
    const panels = [...html.matchAll(/<details([^>]*)>/g)].map((match) => match[1] ?? "");
    expect(panels.map((attributes) => attributes.includes("open"))).toEqual([false, true, true]);
  });

  it("offers to show only the ones missed", () => {
    expect(html).toMatch(
      /<label[^>]*><input type="checkbox"\/> Show only the ones I missed<\/label>/,
    );
  });
});

describe("WithheldAnswers", () => {
  it("shows no marks and no summary of them before the answers are released", () => {
    const withheld = renderToStaticMarkup(
      createElement(WithheldAnswers, {
        heading: "Question by question",
        notice: "Answers are shown after the due date.",
        questions: [
          { prompt: "One?", answered: true },
          { prompt: "Two?", answered: false },
        ],
      }),
    );
    expect(withheld).not.toMatch(/Correct|Not correct|of 1|At a glance|<table/);
    expect(text(withheld)).toContain("Answered");
  });
});
