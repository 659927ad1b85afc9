import {
  type Article,
  libraryFlashcardSchema,
  libraryQuestionSchema,
  type Question,
} from "@quizdeck/content/schema";
import { evidenceProblems, itemWarnings, keySupportWarnings } from "@quizdeck/content/validate";
import { type EditorState, itemFromEditor } from "@/lib/library/editor-state";

const PREVIEW_ID = { question: "q-preview", flashcard: "c-preview" } as const;

/**
 * What the editor says while the teacher writes, with the checks the server
 * runs on save: the shared schema's refusals ("to fix"), quotes that are not
 * word for word, and the bank validator's item-writing warnings and the
 * key-support warning ("to consider"). `question` is the item when it parses.
 */
export function writingChecks(state: EditorState, source: Article) {
  const candidate = { ...itemFromEditor(state), id: PREVIEW_ID[state.kind] };
  const parsed =
    state.kind === "question"
      ? libraryQuestionSchema.safeParse(candidate)
      : libraryFlashcardSchema.safeParse(candidate);
  const toFix = parsed.success
    ? []
    : [...new Set(parsed.error.issues.map((issue) => `${fieldName(issue.path)}${issue.message}`))];
  const quotes = evidenceProblems(state.evidence, source);
  const question = parsed.success && "type" in parsed.data ? (parsed.data as Question) : null;
  const toConsider = question
    ? [...itemWarnings(question, source), ...keySupportWarnings(question, source)].map(
        (warning) => warning.message,
      )
    : [];
  return { toFix: [...toFix, ...quotes], toConsider, question };
}

const FIELD_NAMES: Record<string, string> = {
  prompt: "Question",
  explanation: "Why",
  choices: "Options",
  text: "Passage",
  accept: "Accepted answers",
  pairs: "Pairs",
  items: "Items",
  evidence: "Evidence",
  grounded: "Evidence",
  front: "Front",
  back: "Back",
};

function fieldName(path: readonly PropertyKey[]): string {
  const name = FIELD_NAMES[String(path[0] ?? "")];
  return name ? `${name}: ` : "";
}
