"use client";

import { useEffect, useRef } from "react";
import { useLeaveWarning } from "@/lib/outbox/use-leave-warning";
import { answerAction } from "@/lib/quiz/answer-action";
import { emptyDraft, incompleteReason, responseFromDraft, sameResponse } from "@/lib/quiz/draft";
import { questionMark } from "@/lib/quiz/question-marks";
import { describeAnswerSaving } from "@/lib/quiz/save-status";
import type { PresentedQuestion, SavedAnswer } from "@/lib/quiz/types";
import { FinishSection } from "./finish-section";
import { preloadFeedbackPanel } from "./lazy-parts";
import { QuestionNav } from "./question-nav";
import { QuestionPanel } from "./question-panel";
import styles from "./quiz.module.css";
import { QuizBar } from "./quiz-bar";
import { SubmitDialog } from "./submit-dialog";
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

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
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
  const drafts = useDrafts(questions, saved);
  const submitButton = useRef<HTMLButtonElement>(null);
  const afterDialog = useRef<"submit" | "heading">("submit");

  const answers = useAttemptOutbox({
    attemptId,
    questions,
    saved,
    onRestored: drafts.restore,
    onRejected: (questionId, rejection) => {
      if (rejection.code === "DEADLINE_PASSED") {
        void submit.finishAtDeadline();
        return;
      }
      drafts.setHint(
        questionId,
        rejection.code === "CONFLICT" && immediate
          ? `${rejection.message} Reload the page to see the saved answer.`
          : `Not saved: ${rejection.message}`,
      );
    },
  });
  const navigation = useQuizNavigation(questions, saved);
  const { index, current } = navigation;
  const clock = useQuestionClock(current?.id ?? "", saved, () => saveCurrentIfChanged());
  const submit = useSubmitFlow({ attemptId, questions, answers, saveCurrentIfChanged });
  const deadlineMs = useDeadline(deadlineAt, serverNow);
  const outbox = answers.state;

  const isLocked = (id: string) => submit.closing || (immediate && answers.isAnswered(id));

  /** Stores and sends the answer to question `id` if there is something new to send. */
  function commit(id: string): boolean {
    const question = questions.find((candidate) => candidate.id === id);
    const draft = drafts.draftOf(id);
    if (!question || !draft || outbox === null || isLocked(id)) return false;
    const reason = incompleteReason(question, draft);
    if (reason) {
      drafts.setHint(id, reason);
      return false;
    }
    const response = responseFromDraft(question, draft);
    if (!response) return false;
    const given = answers.givenResponse(id);
    if (given !== undefined && sameResponse(given, response)) return true;
    if (!answers.send(id, response, clock.timeSpentOn(id))) return false;
    drafts.setHint(id, "");
    if (immediate) {
      feedbackFocus.expectFeedbackFor(id);
      preloadFeedbackPanel();
    }
    return true;
  }

  /** Exam mode: a finished but unsaved answer is saved when the student moves on. */
  function saveCurrentIfChanged() {
    if (immediate || !current) return;
    const draft = drafts.draftOf(current.id);
    if (!draft || incompleteReason(current, draft)) return;
    const response = responseFromDraft(current, draft);
    const given = answers.givenResponse(current.id);
    if (response && (given === undefined || !sameResponse(given, response))) commit(current.id);
  }

  const goTo = (next: number) =>
    navigation.goTo(next, () => {
      saveCurrentIfChanged();
      clock.stop();
    });

  const currentFeedback = current ? answers.feedbackFor(current.id) : null;
  const showWaiting =
    immediate &&
    current !== undefined &&
    answers.placeOf(current.id) === "waiting" &&
    currentFeedback === null &&
    outbox !== null &&
    (outbox.problem !== null || !outbox.online);
  const feedbackFocus = useFeedbackFocus(current, currentFeedback, showWaiting);

  useQuizShortcuts({
    question: current,
    draft: current ? drafts.draftOf(current.id) : undefined,
    idPrefix: `q${index}`,
    enabled: current !== undefined && !isLocked(current.id) && !submit.dialogOpen,
    onDraft: (next) => {
      if (!current) return;
      drafts.setDraft(current.id, next);
      drafts.setHint(current.id, "");
    },
    onCommit: () => {
      if (current) commit(current.id);
    },
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

  const draft = drafts.draftOf(current.id) ?? emptyDraft(current);
  const given = answers.givenResponse(current.id);
  const action = answerAction({
    immediate,
    locked: isLocked(current.id),
    place: answers.placeOf(current.id),
    given,
    draftResponse: responseFromDraft(current, draft),
  });
  const pending = outbox?.pending ?? 0;
  const unansweredNumbers = questions
    .map((question, position) => (answers.isAnswered(question.id) ? null : position + 1))
    .filter((value): value is number => value !== null);

  return (
    <div className={styles.player}>
      <QuizBar
        title={title}
        answeredCount={total - unansweredNumbers.length}
        total={total}
        deadlineMs={deadlineMs}
        renderedAtMs={Date.parse(serverNow)}
        onExpire={() => void submit.finishAtDeadline()}
        saveStatus={
          submit.timeUp && submit.phase !== "idle" ? "Time is up." : describeAnswerSaving(outbox)
        }
        memoryOnly={outbox !== null && !outbox.durable}
      />

      <QuestionNav
        questions={questions}
        index={index}
        marks={questions.map((question) =>
          questionMark(
            answers.placeOf(question.id),
            immediate ? answers.feedbackFor(question.id) : null,
          ),
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
        locked={isLocked(current.id)}
        feedback={currentFeedback}
        showWaiting={showWaiting}
        actionLabel={action.label}
        actionDisabled={action.disabled}
        hint={
          drafts.hintOf(current.id) ||
          (action.unsavedChange && given !== undefined ? "Changed — not saved yet." : "")
        }
        headingRef={navigation.headingRef}
        feedbackHeadingRef={feedbackFocus.headingRef}
        onDraft={(next) => {
          drafts.setDraft(current.id, next);
          if (drafts.hintOf(current.id)) drafts.setHint(current.id, "");
        }}
        onCommit={() => commit(current.id)}
        onPrevious={() => goTo(index - 1)}
        onNext={() => goTo(index + 1)}
      />

      <FinishSection
        buttonRef={submitButton}
        submitting={submit.phase === "submitting"}
        unavailable={submit.busy || outbox === null || pending > 0}
        note={
          submit.message ||
          (pending > 0
            ? `Submit waits until ${plural(pending, "answer")} ${pending === 1 ? "is" : "are"} saved.`
            : "")
        }
        immediate={immediate}
        onSubmit={() => void submit.requestSubmit()}
      />

      <SubmitDialog
        open={submit.dialogOpen}
        unanswered={unansweredNumbers}
        total={total}
        onCancel={() => {
          afterDialog.current = "submit";
          submit.closeDialog();
        }}
        onConfirm={() => {
          afterDialog.current = "submit";
          submit.closeDialog();
          void submit.submitNow();
        }}
        onGoTo={(questionNumber) => {
          afterDialog.current = "heading";
          submit.closeDialog();
          if (questionNumber - 1 === index) navigation.focusHeading();
          else goTo(questionNumber - 1);
        }}
        onClosed={() => {
          if (afterDialog.current === "heading") navigation.focusHeading();
          else submitButton.current?.focus();
        }}
      />
    </div>
  );
}
