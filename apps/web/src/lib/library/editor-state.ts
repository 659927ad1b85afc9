import type { Evidence, QuestionType } from "@quizdeck/content/schema";

/**
 * What the question editor holds while the teacher writes: every type's fields
 * at once (switching type keeps what was typed), turned into the library
 * schema's item by `itemFromEditor`. Pure, shared by the editor and its tests.
 */
export interface EditorState {
  kind: "question" | "flashcard";
  type: QuestionType;
  prompt: string;
  explanation: string;
  difficulty: 1 | 2 | 3;
  level: "recall" | "understanding" | "analysis";
  choices: { text: string; correct: boolean }[];
  answer: boolean;
  clozeText: string;
  /** Per blank, the accepted answers separated by "|". */
  accept: string[];
  pairs: { left: string; right: string }[];
  items: string[];
  front: string;
  back: string;
  evidence: Evidence[];
  /** Kept from an imported item: it may stay without a quote until one is attached. */
  mayBeUngrounded: boolean;
  tags: string[];
  labels: string[];
}

export function emptyEditor(kind: "question" | "flashcard"): EditorState {
  return {
    kind,
    type: "single-choice",
    prompt: "",
    explanation: "",
    difficulty: 2,
    level: "recall",
    choices: [
      { text: "", correct: true },
      { text: "", correct: false },
      { text: "", correct: false },
    ],
    answer: true,
    clozeText: "",
    accept: [],
    pairs: [
      { left: "", right: "" },
      { left: "", right: "" },
      { left: "", right: "" },
    ],
    items: ["", "", ""],
    front: "",
    back: "",
    evidence: [],
    mayBeUngrounded: false,
    tags: [],
    labels: [],
  };
}

/** The blank numbers a cloze text uses, in order ("{{1}} … {{2}}" → [1, 2]). */
export function blankNumbers(text: string): number[] {
  return [...text.matchAll(/\{\{(\d+)\}\}/g)].map((match) => Number(match[1]));
}

/** The item as the library schema takes it (its id is given on the server). */
export function itemFromEditor(state: EditorState): Record<string, unknown> {
  const grounded = state.evidence.length > 0 || !state.mayBeUngrounded;
  const common = {
    evidence: state.evidence,
    tags: state.tags,
    grounded,
    labels: state.labels,
  };
  if (state.kind === "flashcard") {
    return { ...common, front: state.front, back: state.back };
  }
  const base = {
    ...common,
    type: state.type,
    prompt: state.prompt,
    explanation: state.explanation,
    difficulty: state.difficulty,
    level: state.level,
  };
  switch (state.type) {
    case "single-choice":
    case "multiple-choice":
      return {
        ...base,
        choices: state.choices.map((choice, index) => ({
          id: String.fromCharCode(97 + index),
          text: choice.text,
          correct: choice.correct,
        })),
      };
    case "true-false":
      return { ...base, answer: state.answer };
    case "cloze":
      return {
        ...base,
        text: state.clozeText,
        accept: blankNumbers(state.clozeText).map((_, index) =>
          (state.accept[index] ?? "")
            .split("|")
            .map((answer) => answer.trim())
            .filter((answer) => answer.length > 0),
        ),
      };
    case "matching":
      return { ...base, pairs: state.pairs };
    case "ordering":
      return { ...base, items: state.items };
  }
}

/** A stored item back into the editor. */
export function editorFromItem(
  kind: "question" | "flashcard",
  item: Record<string, unknown>,
): EditorState {
  const state = emptyEditor(kind);
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
  state.evidence = list<Evidence>(item.evidence);
  state.mayBeUngrounded = item.grounded === false;
  state.tags = list<string>(item.tags);
  state.labels = list<string>(item.labels);
  if (kind === "flashcard") {
    state.front = text(item.front);
    state.back = text(item.back);
    return state;
  }
  state.type = (item.type as QuestionType) ?? "single-choice";
  state.prompt = text(item.prompt);
  state.explanation = text(item.explanation);
  if (item.difficulty === 1 || item.difficulty === 2 || item.difficulty === 3) {
    state.difficulty = item.difficulty;
  }
  if (item.level === "recall" || item.level === "understanding" || item.level === "analysis") {
    state.level = item.level;
  }
  if (Array.isArray(item.choices)) {
    state.choices = list<{ text: string; correct: boolean }>(item.choices).map(
      ({ text: choice, correct }) => ({ text: choice, correct }),
    );
  }
  if (typeof item.answer === "boolean") state.answer = item.answer;
  if (typeof item.text === "string") {
    state.clozeText = item.text;
    state.accept = list<string[]>(item.accept).map((answers) => answers.join(" | "));
  }
  if (Array.isArray(item.pairs)) state.pairs = list(item.pairs);
  if (Array.isArray(item.items)) state.items = list(item.items);
  return state;
}
