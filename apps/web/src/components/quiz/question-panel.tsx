import { type KeyboardEvent, type Ref, type RefObject, Suspense } from "react";
import type { AnswerAction } from "@/lib/quiz/answer-action";
import type { Draft } from "@/lib/quiz/draft";
import type { PresentedQuestion, QuestionFeedback } from "@/lib/quiz/types";
import { FeedbackPanel } from "./lazy-parts";
import { QuestionInputs } from "./question-inputs";
import styles from "./quiz.module.css";
import { Shortcuts } from "./shortcuts";

interface QuestionPanelProps {
  question: PresentedQuestion;
  /** 0-based position in the quiz. */
  index: number;
  total: number;
  draft: Draft;
  immediate: boolean;
  /** The answer cannot change (checked, time up, submitting). */
  locked: boolean;
  /** Immediate mode: the feedback once the server has checked the answer. */
  feedback: QuestionFeedback | null;
  /** Immediate mode: the answer is kept in this browser and the server cannot be reached. */
  showWaiting: boolean;
  action: AnswerAction;
  /** What is wrong or unsaved, announced politely. */
  hint: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  feedbackHeadingRef: Ref<HTMLHeadingElement>;
  onDraft: (draft: Draft) => void;
  onCommit: () => void;
  /** Shows question `index` (0-based): Previous and Next. */
  onGoTo: (index: number) => void;
}

/** One question: heading, inputs, keyboard help, Save/Check, Previous/Next, and its feedback. */
export function QuestionPanel({
  question,
  index,
  total,
  draft,
  immediate,
  locked,
  feedback,
  showWaiting,
  action,
  hint,
  headingRef,
  feedbackHeadingRef,
  onDraft,
  onCommit,
  onGoTo,
}: QuestionPanelProps) {
  const prefix = `q${index}`;
  const shortcutsId = `${prefix}-shortcuts`;

  const onFormKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== "Enter" || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
      return;
    const target = event.target as HTMLElement;
    const isToggle =
      target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox");
    const isItem = target.tagName === "LI" || target instanceof HTMLSelectElement;
    if (isToggle || isItem) {
      event.preventDefault();
      onCommit();
    }
  };

  return (
    <section className={styles.question} aria-labelledby="question-heading">
      <h2 id="question-heading" ref={headingRef} tabIndex={-1} data-question-heading="true">
        Question {index + 1} of {total}
      </h2>
      <form
        noValidate
        onKeyDown={onFormKeyDown}
        onSubmit={(event) => {
          event.preventDefault();
          onCommit();
        }}
      >
        <QuestionInputs
          question={question}
          draft={draft}
          onChange={onDraft}
          locked={locked}
          feedback={immediate ? feedback : null}
          idPrefix={prefix}
          describedBy={shortcutsId}
        />
        <Shortcuts id={shortcutsId} question={question} immediate={immediate} />
        <div className={styles.actions}>
          <button type="submit" aria-disabled={action.disabled ? true : undefined}>
            {action.label}
          </button>
          <span className={styles.navActions}>
            <button
              type="button"
              className="secondary"
              disabled={index === 0}
              onClick={() => onGoTo(index - 1)}
            >
              Previous
            </button>
            <button
              type="button"
              className="secondary"
              disabled={index === total - 1}
              onClick={() => onGoTo(index + 1)}
            >
              Next
            </button>
          </span>
        </div>
        <p className={styles.hint} role="status" aria-live="polite">
          {hint}
        </p>
      </form>

      {immediate && feedback ? (
        <Suspense fallback={null}>
          <FeedbackPanel
            feedback={feedback}
            questionType={question.type}
            idPrefix={`${prefix}-feedback`}
            headingRef={feedbackHeadingRef}
          />
        </Suspense>
      ) : showWaiting ? (
        <section className={styles.feedback} aria-labelledby={`${prefix}-waiting`}>
          <h3
            id={`${prefix}-waiting`}
            ref={feedbackHeadingRef}
            tabIndex={-1}
            className={styles.verdict}
          >
            Answer kept on this device
          </h3>
          <p>
            Your answer is stored in this browser and will be checked as soon as it reaches the
            server. You can go on with the next question.
          </p>
        </section>
      ) : null}
    </section>
  );
}
