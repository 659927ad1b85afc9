import { describe, expect, it } from "vitest";
import { article } from "../src/article/article.ts";
import { type Question, questionSchema } from "../src/schema/question.ts";
import { itemWarnings } from "../src/validate/item-warnings.ts";

/** A teacher's single item, parsed on its own as the lead's editor would. */
function item(fields: Record<string, unknown>): Question {
  return questionSchema.parse({
    id: "q-teacher-item",
    explanation: "Why.",
    evidence: [{ paragraphId: "p01", quote: "Russia is acting tough" }],
    tags: ["russian-strategy"],
    difficulty: 2,
    level: "recall",
    ...fields,
  });
}

const cues = (question: Question) => itemWarnings(question, article).map((warning) => warning.cue);

describe("itemWarnings checks one question on its own", () => {
  it("finds nothing in a well-written item", () => {
    const question = item({
      type: "single-choice",
      prompt: "Who released the State Department cable?",
      choices: [
        { id: "a", text: "The Pentagon", correct: false },
        { id: "b", text: "Wikileaks", correct: true },
        { id: "c", text: "The Kremlin", correct: false },
      ],
    });
    expect(itemWarnings(question, article)).toEqual([]);
  });

  it("a single-choice key longer than every other option", () => {
    const question = item({
      type: "single-choice",
      prompt: "Who released the State Department cable?",
      choices: [
        { id: "a", text: "The Pentagon", correct: false },
        { id: "b", text: "Wikileaks, the organisation that publishes leaked files", correct: true },
        { id: "c", text: "The Kremlin", correct: false },
      ],
    });
    expect(itemWarnings(question, article)).toEqual([
      {
        questionId: "q-teacher-item",
        cue: "key-longest",
        message: "the key is longer than every other option",
      },
    ]);
  });

  it("a true-false statement that is an article sentence with a word changed", () => {
    const copied = item({
      type: "true-false",
      prompt: "True or false: The phased withdrawal is scheduled to conclude in 2016.",
      answer: false,
    });
    const [warning] = itemWarnings(copied, article);
    expect(warning?.cue).toBe("copied-statement");
    expect(warning?.message).toContain("The phased withdrawal is scheduled to conclude in 2014.");
    const paraphrased = item({
      type: "true-false",
      prompt: "True or false: US and NATO forces were due to have left Afghanistan by 2014.",
      answer: true,
    });
    expect(cues(paraphrased)).toEqual([]);
  });

  it("a key copied from the article on an item labelled above recall", () => {
    const fields = {
      type: "single-choice",
      prompt: "Why could Moscow's push count as a policy shift?",
      choices: [
        {
          id: "a",
          text: "Russia has been largely hostile to US activities in Central Asia",
          correct: true,
        },
        {
          id: "b",
          text: "NATO has accepted the CSTO's requests to work jointly on threats",
          correct: false,
        },
        {
          id: "c",
          text: "The 2009 cable urged NATO to engage much more closely with the CSTO",
          correct: false,
        },
      ],
    };
    expect(cues(item({ ...fields, level: "analysis" }))).toEqual(["copied-key-above-recall"]);
    expect(cues(item({ ...fields, level: "recall" }))).toEqual([]);
  });

  it("a cloze passage copied from the article on an item labelled understanding", () => {
    const question = item({
      type: "cloze",
      prompt: "Fill in the year.",
      text: "The phased withdrawal is scheduled to conclude in {{1}}.",
      accept: [["2014"]],
      level: "understanding",
    });
    expect(cues(question)).toEqual(["copied-key-above-recall"]);
  });

  it("an ordering question whose answer is the order of mention, and one whose answer is not", () => {
    const byMention = item({
      type: "ordering",
      prompt: "Put these in order.",
      items: [
        "Russia acts tough from a weakening position.",
        "NATO keeps the CSTO at arm's length.",
        "US officials remain skeptical about Russia's intentions.",
      ],
    });
    expect(cues(byMention)).toEqual(["order-of-mention"]);
    const byTime = item({
      type: "ordering",
      prompt: "Put these in chronological order.",
      items: [
        "Rival blocs face each other in the Cold War.",
        "A State Department cable warns against engaging the CSTO.",
        "The phased withdrawal from Afghanistan is due to conclude.",
      ],
    });
    expect(cues(byTime)).toEqual([]);
  });
});
