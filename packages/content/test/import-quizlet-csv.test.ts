import { describe, expect, it } from "vitest";
import { importCsv } from "../src/import/csv/import-csv.ts";
import { ImportError } from "../src/import/import-error.ts";
import { importQuizlet } from "../src/import/quizlet/import-quizlet.ts";
import { libraryItemsSchema } from "../src/schema/library-item.ts";
import { entryFor, fixture, questionFor } from "./support/import-fixtures.ts";

const text = (name: string) => new TextDecoder().decode(fixture(name));

describe("Quizlet export", () => {
  it("makes each term–definition line a flashcard and drops broken lines with the reason", () => {
    const result = importQuizlet(text("quizlet-export.txt"));
    libraryItemsSchema.parse(result);
    expect(result.flashcards.map((card) => [card.id, card.front, card.back])).toEqual([
      ["c-mercury", "Mercury", "The planet closest to the Sun"],
      ["c-venus", "Venus", "The hottest planet"],
      ["c-jupiter", "Jupiter", "The largest planet"],
    ]);
    expect(result.report.map((entry) => entry.reason ?? entry.outcome)).toEqual([
      "imported",
      "imported",
      "no tab between term and definition",
      "the definition is empty",
      "imported",
    ]);
  });

  it("reads Quizlet's custom separators", () => {
    const result = importQuizlet(text("quizlet-custom-separators.txt"), {
      termSeparator: ";",
      cardSeparator: "||",
    });
    expect(result.flashcards.map((card) => card.back)).toEqual(["a star", "Earth's satellite"]);
    expect(result.report[2]).toMatchObject({
      outcome: "dropped",
      reason: "no “;” between term and definition",
    });
  });

  it("refuses a file in which no line has the separator", () => {
    expect(() => importQuizlet("just some words\nand more")).toThrow(ImportError);
  });
});

describe("CSV, one row a question (Kahoot and Blooket layouts)", () => {
  const result = importCsv(text("kahoot-style.csv"));

  it("reads Kahoot's headers, choice and true-false rows, and says the time limit is lost", () => {
    libraryItemsSchema.parse(result);
    expect(
      questionFor(result, "Which planet has rings you can see with a small telescope?"),
    ).toMatchObject({
      type: "single-choice",
      explanation: "Saturn's rings are the brightest.",
      choices: [
        { text: "Saturn", correct: true },
        { text: "Mars", correct: false },
        { text: "Venus", correct: false },
        { text: "Mercury", correct: false },
      ],
    });
    expect(questionFor(result, "Which of these are gas giants, by mass?").type).toBe(
      "multiple-choice",
    );
    expect(questionFor(result, "The Moon is a planet.")).toMatchObject({
      type: "true-false",
      answer: false,
    });
    expect(entryFor(result, "The Moon is a planet.").changes).toEqual([
      "the time limit (“10”) was not kept",
    ]);
  });

  it("drops rows it cannot read, saying why", () => {
    expect(entryFor(result, "Name the first planet.").reason).toBe(
      "a question needs at least two answers",
    );
    expect(entryFor(result, "row 6").reason).toBe("the question cell is empty");
    expect(entryFor(result, "Which is a dwarf planet?").reason).toBe(
      "the correct answer 5 is empty or missing",
    );
  });

  it("reads Blooket's header names and semicolons", () => {
    const blooket = importCsv(
      "Question #;Question Text;Answer 1;Answer 2;Answer 3;Answer 4;Time Limit (sec);Correct Answer(s)\n1;Biggest planet?;Jupiter;Mars;;;20;1\n",
    );
    expect(blooket.questions[0]).toMatchObject({
      prompt: "Biggest planet?",
      type: "single-choice",
    });
  });

  it("refuses a file without the question, answer and correct columns", () => {
    expect(() => importCsv("Term,Definition\nSun,a star\n")).toThrow(
      /the header row needs the columns question, answer 1, answer 2, … and correct/,
    );
  });
});
