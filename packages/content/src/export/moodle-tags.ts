import type { Question } from "../schema/question.ts";

/**
 * The Moodle tags of a question: its own tag ids, then difficulty-<1..3> and
 * level-<recall|understanding|analysis>, so a teacher can filter Moodle's question
 * bank by difficulty and cognitive level too.
 */
export function moodleTags(question: Question): string[] {
  return [...question.tags, `difficulty-${question.difficulty}`, `level-${question.level}`];
}
