import { findQuestion, findQuestionSet } from "@quizdeck/content/bank";
import type { Question } from "@quizdeck/content/schema";

/** The whole-article exam: its pools hold every question type. */
export const ASSIGNMENT_SET_ID = "s-whole-article-exam";
/** The first 20 of its questions, the size the recorded benchmark and load figures were measured at. */
export const ASSIGNMENT_QUESTION_COUNT = 20;

export function assignmentQuestions(): Question[] {
  const set = findQuestionSet(ASSIGNMENT_SET_ID);
  if (!set) throw new Error(`The bank has no set ${ASSIGNMENT_SET_ID}`);
  return set.questionIds.slice(0, ASSIGNMENT_QUESTION_COUNT).map((id) => {
    const question = findQuestion(id);
    if (!question) throw new Error(`Set ${set.id} lists unknown question ${id}`);
    return question;
  });
}
