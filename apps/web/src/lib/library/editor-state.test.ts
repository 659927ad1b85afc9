import { libraryFlashcardSchema, libraryQuestionSchema } from "@quizdeck/content/schema";
import { describe, expect, it } from "vitest";
import { blankNumbers, editorFromItem, emptyEditor, itemFromEditor } from "./editor-state";

const EVIDENCE = [{ paragraphId: "p01", quote: "Russia is acting tough" }];

describe("the question editor's state", () => {
  it("makes a valid item of every type, and reads it back unchanged", () => {
    const base = {
      ...emptyEditor("question"),
      prompt: "Prompt?",
      explanation: "Why.",
      evidence: EVIDENCE,
    };
    const states = [
      {
        ...base,
        type: "single-choice" as const,
        choices: [
          { text: "A", correct: true },
          { text: "B", correct: false },
        ],
      },
      {
        ...base,
        type: "multiple-choice" as const,
        choices: [
          { text: "A", correct: true },
          { text: "B", correct: true },
          { text: "C", correct: false },
        ],
      },
      { ...base, type: "true-false" as const, answer: false },
      {
        ...base,
        type: "cloze" as const,
        clozeText: "The {{1}} met {{2}}.",
        accept: ["CSTO | Collective Security Treaty Organization", "NATO"],
      },
      {
        ...base,
        type: "matching" as const,
        pairs: [
          { left: "a", right: "1" },
          { left: "b", right: "2" },
          { left: "c", right: "3" },
        ],
      },
      { ...base, type: "ordering" as const, items: ["first", "second", "third"] },
    ];
    for (const state of states) {
      const item = itemFromEditor(state);
      const parsed = libraryQuestionSchema.safeParse({ ...item, id: "q-x" });
      expect(parsed.success, state.type).toBe(true);
      expect(itemFromEditor(editorFromItem("question", { ...item, id: "q-x" }))).toEqual(item);
    }
    const cloze = itemFromEditor(states[3] ?? base);
    expect(cloze.accept).toEqual([["CSTO", "Collective Security Treaty Organization"], ["NATO"]]);
  });

  it("keeps a written item grounded (a quote is required) and lets an imported one wait for its quote", () => {
    const written = { ...emptyEditor("flashcard"), front: "Front", back: "Back" };
    expect(
      libraryFlashcardSchema.safeParse({ ...itemFromEditor(written), id: "c-x" }).success,
    ).toBe(false);
    const imported = editorFromItem("flashcard", {
      front: "Front",
      back: "Back",
      evidence: [],
      grounded: false,
      tags: [],
    });
    expect(itemFromEditor(imported)).toMatchObject({ grounded: false, evidence: [] });
    expect(itemFromEditor({ ...imported, evidence: EVIDENCE })).toMatchObject({ grounded: true });
  });

  it("numbers the blanks of a cloze passage in order", () => {
    expect(blankNumbers("a {{1}} b {{2}} c")).toEqual([1, 2]);
    expect(blankNumbers("no blanks")).toEqual([]);
  });
});
