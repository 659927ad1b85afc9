import { findQuestion, findQuestionSet } from "@quizdeck/content/bank";
import type { Question } from "@quizdeck/content/schema";

/** The questions of the whole-article exam's pools (every question type), in the set's order. */
export const ASSIGNMENT_SET_ID = "s-whole-article-exam";

export function assignmentQuestions(): Question[] {
  const set = findQuestionSet(ASSIGNMENT_SET_ID);
  if (!set) throw new Error(`The bank has no set ${ASSIGNMENT_SET_ID}`);
  return set.questionIds.map((id) => {
    const question = findQuestion(id);
    if (!question) throw new Error(`Set ${set.id} lists unknown question ${id}`);
    return question;
  });
}
