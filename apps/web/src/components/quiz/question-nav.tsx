import type { QuestionMark } from "@/lib/quiz/question-marks";
import type { PresentedQuestion } from "@/lib/quiz/types";
import styles from "./quiz.module.css";

const PLACE_CLASSES = {
  none: "",
  waiting: styles.navWaiting,
  saved: styles.navAnswered,
} as const;

interface QuestionNavProps {
  questions: PresentedQuestion[];
  /** The question shown (0-based). */
  index: number;
  marks: QuestionMark[];
  onGoTo: (index: number) => void;
}

/**
 * The list of questions: each one's number and a mark saying where its
 * answer is (a shape, not a colour alone); a screen reader hears it in words.
 */
export function QuestionNav({ questions, index, marks, onGoTo }: QuestionNavProps) {
  return (
    <nav aria-label="Questions" className={styles.questionNav}>
      <ol>
        {questions.map((question, position) => {
          const mark = marks[position];
          return (
            <li key={question.id}>
              <button
                type="button"
                className={`${styles.navButton} ${position === index ? styles.navCurrent : ""} ${
                  mark ? PLACE_CLASSES[mark.place] : ""
                }`}
                aria-current={position === index ? "step" : undefined}
                onClick={() => onGoTo(position)}
              >
                <span aria-hidden="true">
                  {position + 1}
                  <span className={styles.navMark}>{mark?.mark}</span>
                </span>
                <span className="visually-hidden">
                  Question {position + 1}, {mark?.label}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
