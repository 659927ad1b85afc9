"use client";

import { useEffect } from "react";
import { useLeaveWarning } from "@/lib/outbox/use-leave-warning";
import { answerAction } from "@/lib/quiz/answer-action";
import { emptyDraft, incompleteReason, responseFromDraft, sameResponse } from "@/lib/quiz/draft";
import { questionMark } from "@/lib/quiz/question-marks";
import { describeAnswerSaving, submitWaitNote } from "@/lib/quiz/save-status";
import type { PresentedQuestion, SavedAnswer } from "@/lib/quiz/types";
import { FinishSection } from "./finish-section";
import { preloadFeedbackPanel } from "./lazy-parts";
import { QuestionNav } from "./question-nav";
import { QuestionPanel } from "./question-panel";
import styles from "./quiz.module.css";
import { QuizBar } from "./quiz-bar";
import { useAttemptOutbox } from "./use-attempt-outbox";
import { useDeadline } from "./use-deadline";
import { useDrafts } from "./use-drafts";
import { useFeedbackFocus } from "./use-feedback-focus";
import { useQuizShortcuts } from "./use-keyboard-shortcuts";
import { useQuestionClock } from "./use-question-clock";
import { useQuizNavigation } from "./use-quiz-navigation";
import { useSubmitFlow } from "./use-submit-flow";

export type { SavedAnswer } from "@/lib/quiz/types";

export interface QuizPlayerProps {
  attemptId: string;
  title: string;
  feedbackMode: "immediate" | "after_submit";
  /** ISO time, or null without a time limit. */
  deadlineAt: string | null;
  /** The server's clock when the page was rendered (ISO). */
  serverNow: string;
  questions: PresentedQuestion[];
  /** Answers the server has, by question id. */
  saved: Record<string, SavedAnswer>;
}

/**
 * The quiz player: one question at a time, every answer kept in this browser
 * and sent as it is given (useAttemptOutbox), feedback after each answer or
 * after submitting, a question list, keyboard shortcuts and a time limit.
 */
export function QuizPlayer({
  attemptId,
  title,
  feedbackMode,
  deadlineAt,
  serverNow,
  questions,
  saved,
}: QuizPlayerProps) {
  const immediate = feedbackMode === "immediate";
  const total = questions.length;
  const { draftOf, hintOf, setDraft, setHint, restore } = useDrafts(questions, saved);
  const answers = useAttemptOutbox({
    attemptId,
    questions,
    saved,
    onRestored: restore,
    onRejected: (questionId, { code, message }) => {
      if (code === "DEADLINE_PASSED") void finishAtDeadline();
      else
        setHint(
          questionId,
          code === "CONFLICT" && immediate
            ? `${message} Reload the page to see the saved answer.`
            : `Not saved: ${message}`,
        );
    },
  });
  const { state: outbox, placeOf, feedbackFor, givenResponse, isAnswered } = answers;
  const {
    index,
    current,
    headingRef,
    focusHeading,
    goTo: show,
  } = useQuizNavigation(questions, saved);
  const clock = useQuestionClock(current?.id ?? "", saved, () => saveCurrentIfChanged());
  const submit = useSubmitFlow({ attemptId, questions, answers, saveCurrentIfChanged });
  const { closing, finishAtDeadline } = submit;
  const deadlineMs = useDeadline(deadlineAt, serverNow);

  const isLocked = (id: string) => closing || (immediate && isAnswered(id));

  /**
   * Stores and sends the answer to question `id` if there is something new to
   * send; `quietly`: an unfinished answer is left as it is, without a hint.
   */
  function commit(id: string, quietly = false): boolean {
    const question = questions.find((candidate) => candidate.id === id);
    const draft = draftOf(id);
    if (!question || !draft || outbox === null || isLocked(id)) return false;
    const reason = incompleteReason(question, draft);
    if (reason) {
      if (!quietly) setHint(id, reason);
      return false;
    }
    const response = responseFromDraft(question, draft);
    if (!response) return false;
    const given = givenResponse(id);
    if (given !== undefined && sameResponse(given, response)) return true;
    if (!answers.send(id, response, clock.timeSpentOn(id))) return false;
    setHint(id, "");
    if (immediate) {
      feedback.expectFeedbackFor(id);
      preloadFeedbackPanel();
    }
    return true;
  }

  /** Exam mode: a finished but unsaved answer is saved when the student moves on. */
  function saveCurrentIfChanged() {
    if (!immediate && current) commit(current.id, true);
  }

  const goTo = (next: number) =>
    show(next, () => {
      saveCurrentIfChanged();
      clock.stop();
    });

  const currentFeedback = current ? feedbackFor(current.id) : null;
  const showWaiting =
    immediate &&
    current !== undefined &&
    placeOf(current.id) === "waiting" &&
    currentFeedback === null &&
    outbox !== null &&
    (outbox.problem !== null || !outbox.online);
  const feedback = useFeedbackFocus(current, currentFeedback, showWaiting);

  useQuizShortcuts({
    question: current,
    draft: current && draftOf(current.id),
    idPrefix: `q${index}`,
    enabled: current !== undefined && !isLocked(current.id) && !submit.dialogOpen,
    onDraft: (next) => {
      if (!current) return;
      setDraft(current.id, next);
      setHint(current.id, "");
    },
    onCommit: () => current && commit(current.id),
  });

  // Without a device copy, leaving the page would lose unsent answers: the browser asks first.
  useLeaveWarning(outbox !== null && !outbox.durable && outbox.pending > 0);

  // Feedback already given can be revisited at any time, even offline.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once; the props are the load-time snapshot.
  useEffect(() => {
    if (Object.values(saved).some((answer) => answer.feedback)) preloadFeedbackPanel();
  }, []);

  if (!current) {
    return (
      <div className="stack">
        <h1>{title}</h1>
        <p>This quiz has no questions left in the question bank.</p>
      </div>
    );
  }

  const draft = draftOf(current.id) ?? emptyDraft(current);
  const given = givenResponse(current.id);
  const locked = isLocked(current.id);
  const action = answerAction({
    immediate,
    locked,
    place: placeOf(current.id),
    given,
    draftResponse: responseFromDraft(current, draft),
  });
  const pending = outbox?.pending ?? 0;
  const unanswered = questions
    .map((question, position) => (isAnswered(question.id) ? null : position + 1))
    .filter((value): value is number => value !== null);

  return (
    <div className={styles.player}>
      <QuizBar
        title={title}
        answeredCount={total - unanswered.length}
        total={total}
        deadlineMs={deadlineMs}
        renderedAtMs={Date.parse(serverNow)}
        onExpire={() => void finishAtDeadline()}
        saveStatus={submit.timeUp && submit.busy ? "Time is up." : describeAnswerSaving(outbox)}
        memoryOnly={outbox !== null && !outbox.durable}
      />

      <QuestionNav
        questions={questions}
        index={index}
        marks={questions.map((question) =>
          questionMark(placeOf(question.id), immediate ? feedbackFor(question.id) : null),
        )}
        onGoTo={goTo}
      />

      <QuestionPanel
        key={current.id}
        question={current}
        index={index}
        total={total}
        draft={draft}
        immediate={immediate}
        locked={locked}
        feedback={currentFeedback}
        showWaiting={showWaiting}
        action={action}
        hint={
          hintOf(current.id) ||
          (action.unsavedChange && given !== undefined ? "Changed — not saved yet." : "")
        }
        headingRef={headingRef}
        feedbackHeadingRef={feedback.headingRef}
        onDraft={(next) => {
          setDraft(current.id, next);
          if (hintOf(current.id)) setHint(current.id, "");
        }}
        onCommit={() => commit(current.id)}
        onGoTo={goTo}
      />

      <FinishSection
        submit={submit}
        notReady={outbox === null || pending > 0}
        waitNote={submitWaitNote(pending)}
        unanswered={unanswered}
        total={total}
        immediate={immediate}
        onGoTo={(questionNumber) =>
          questionNumber - 1 === index ? focusHeading() : goTo(questionNumber - 1)
        }
        focusQuestion={focusHeading}
      />
    </div>
  );
}
