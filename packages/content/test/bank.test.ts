import { describe, expect, it } from "vitest";
import { article } from "../src/article/article.ts";
import { flashcards } from "../src/bank/flashcards.ts";
import { bank } from "../src/bank/index.ts";
import { buzhinskyAndPolicyShiftQuestions } from "../src/bank/questions/buzhinsky-and-policy-shift.ts";
import { centralAsianStancesQuestions } from "../src/bank/questions/central-asian-stances.ts";
import { questions } from "../src/bank/questions/index.ts";
import { openingQuestions } from "../src/bank/questions/opening.ts";
import { usSkepticismAndCableQuestions } from "../src/bank/questions/us-skepticism-and-cable.ts";
import { zagorskiAndOutlookQuestions } from "../src/bank/questions/zagorski-and-outlook.ts";
import { questionSets } from "../src/bank/sets.ts";
import {
  COGNITIVE_LEVELS,
  normalizeForComparison,
  QUESTION_TYPES,
} from "../src/schema/question.ts";
import { cueReport } from "../src/validate/cue-report.ts";
import { validateBank } from "../src/validate/validate-bank.ts";

const rawBank = { source: article, questions, flashcards, sets: questionSets };

function set(id: string) {
  const found = bank.sets.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no set ${id}`);
  return found;
}

function questionsOf(id: string) {
  return set(id).questionIds.map((questionId) => {
    const question = bank.questions.find((candidate) => candidate.id === questionId);
    if (!question) throw new Error(`${id} names unknown ${questionId}`);
    return question;
  });
}

describe("the shipped bank", { timeout: 60_000 }, () => {
  it("passes every validation rule, cue limits included", () => {
    expect(validateBank(rawBank)).toEqual([]);
  });

  it("keeps every figure of the cue report within its limit", () => {
    const outside = cueReport(bank).figures.filter((figure) => !figure.withinLimit);
    expect(outside).toEqual([]);
  });

  it("has at least 50 questions covering all six types, 40 flashcards", () => {
    expect(questions.length).toBeGreaterThanOrEqual(50);
    const types = new Set(questions.map((question) => question.type));
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
    expect(flashcards.length).toBeGreaterThanOrEqual(40);
  });

  it("has at least 40% of its questions above recall", () => {
    const above = questions.filter((question) => question.level !== "recall").length;
    expect(above / questions.length).toBeGreaterThanOrEqual(0.4);
  });
});

describe("the sets, one purpose each", () => {
  it("a recall warm-up holds recall questions only", () => {
    const warmUp = questionsOf("s-recall-warm-up");
    expect(warmUp.length).toBeGreaterThanOrEqual(8);
    expect(warmUp.every((question) => question.level === "recall")).toBe(true);
  });

  it.each([
    ["s-opening", openingQuestions],
    ["s-buzhinsky-and-policy-shift", buzhinskyAndPolicyShiftQuestions],
    ["s-us-skepticism-and-cable", usSkepticismAndCableQuestions],
    ["s-central-asian-states", centralAsianStancesQuestions],
    ["s-outlook", zagorskiAndOutlookQuestions],
  ] as const)("%s holds exactly the questions of its section", (id, section) => {
    expect(set(id).questionIds).toEqual(section.map((question) => question.id));
  });

  it("every question is in at least one set", () => {
    const inSets = new Set(bank.sets.flatMap((candidate) => candidate.questionIds));
    expect(bank.questions.filter((question) => !inSets.has(question.id))).toEqual([]);
  });

  it("the analysis challenge holds every analysis question and nothing else", () => {
    const challenge = questionsOf("s-analysis-challenge");
    expect(challenge.every((question) => question.level === "analysis")).toBe(true);
    const analysis = bank.questions.filter((question) => question.level === "analysis");
    expect(challenge.map((question) => question.id).sort()).toEqual(
      analysis.map((question) => question.id).sort(),
    );
  });

  it("the whole-article exam draws from pools balanced by type and level", () => {
    const exam = set("s-whole-article-exam");
    expect(exam.draw).toBeDefined();
    const pools = exam.draw ?? [];
    const drawn = pools.reduce((sum, pool) => sum + pool.count, 0);
    expect(drawn).toBeGreaterThanOrEqual(12);
    expect(drawn).toBeLessThan(exam.questionIds.length);
    const examQuestions = questionsOf("s-whole-article-exam");
    const types = new Set(examQuestions.map((question) => question.type));
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
    for (const level of COGNITIVE_LEVELS) {
      const share =
        examQuestions.filter((question) => question.level === level).length / examQuestions.length;
      expect(share, level).toBeGreaterThanOrEqual(0.2);
    }
  });
});

/**
 * The README's rule for cloze answers: the article's word or phrase; for an
 * organisation or country, its full name (both spellings) and its abbreviation,
 * all or none; never a leading "the", never "Name (ABBR)", no synonyms.
 */
const NAME_FORMS = [
  ["Collective Security Treaty Organization", "Collective Security Treaty Organisation", "CSTO"],
  ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "NATO"],
  ["Commonwealth of Independent States", "CIS"],
  ["United States", "US"],
].map((forms) => forms.map(normalizeForComparison));

describe("cloze answers follow one rule", () => {
  const blanks = bank.questions.flatMap((question) =>
    question.type === "cloze"
      ? question.accept.map((answers, index) => ({
          where: `${question.id} blank ${index + 1}`,
          answers: answers.map(normalizeForComparison),
        }))
      : [],
  );

  it.each(blanks)("$where: every form of a name, or none", ({ answers }) => {
    for (const forms of NAME_FORMS) {
      if (answers.some((answer) => forms.includes(answer))) {
        expect([...answers].sort()).toEqual([...forms].sort());
      }
    }
  });

  it.each(blanks)("$where: no leading “the”, no “Name (ABBR)”", ({ answers }) => {
    for (const answer of answers) {
      expect(answer.startsWith("the ")).toBe(false);
    }
    const raw = bank.questions.flatMap((question) =>
      question.type === "cloze" ? question.accept.flat() : [],
    );
    expect(raw.filter((answer) => /\(.+\)/.test(answer))).toEqual([]);
  });
});
