import { article } from "../article/article.ts";
import { type Bank, bankSchema } from "../schema/bank.ts";
import { flashcards } from "./flashcards.ts";
import { questions } from "./questions/index.ts";
import { questionSets } from "./sets.ts";

/**
 * The bank as the rest of quizdeck sees it: parsed by the schema once at load,
 * so a malformed item fails loudly at start-up instead of deep in a quiz.
 * The cross-item rules (verbatim evidence, coverage, ...) live in validateBank.
 */
export const bank: Bank = bankSchema.parse({
  source: article,
  questions,
  flashcards,
  sets: questionSets,
});

const questionsById = new Map(bank.questions.map((question) => [question.id, question]));
const flashcardsById = new Map(bank.flashcards.map((card) => [card.id, card]));
const setsById = new Map(bank.sets.map((set) => [set.id, set]));

export function findQuestion(id: string) {
  return questionsById.get(id);
}

export function findFlashcard(id: string) {
  return flashcardsById.get(id);
}

export function findQuestionSet(id: string) {
  return setsById.get(id);
}
