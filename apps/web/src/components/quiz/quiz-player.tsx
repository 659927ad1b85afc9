"use client";

import { useRouter } from "next/navigation";
import {
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
  Suspense,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import {
  AnswerOutbox,
  describeOutbox,
  type OutboxState,
  type OutboxStorage,
  type PendingAnswer,
} from "@/lib/quiz/answer-outbox";
import {
  applyNumberKey,
  type Draft,
  draftFromResponse,
  emptyDraft,
  incompleteReason,
  responseFromDraft,
  sameResponse,
} from "@/lib/quiz/draft";
import { verdictLabel } from "@/lib/quiz/feedback-text";
import { responsesTransport, submitAttemptRequest } from "@/lib/quiz/quiz-api-client";
import type { PresentedQuestion, QuestionFeedback } from "@/lib/quiz/types";
import { Countdown, FeedbackPanel, preloadFeedbackPanel } from "./lazy-parts";
import { QuestionInputs } from "./question-inputs";
import styles from "./quiz.module.css";
import { SubmitDialog } from "./submit-dialog";

export interface SavedAnswer {
  response: unknown;
  revision: number;
  timeSpentMs: number;
  /** Immediate mode only. */
  feedback: QuestionFeedback | null;
}

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

/** An answer the server has acknowledged. */
interface Acknowledged {
  response: unknown;
  feedback: QuestionFeedback | null;
}

/** An answer stored on this device and not yet acknowledged. */
interface Queued {
  clientId: string;
  response: unknown;
}

const INITIAL_OUTBOX: OutboxState = {
  pending: 0,
  pendingQuestionIds: [],
  sending: false,
  online: true,
  problem: null,
  lastError: null,
  durable: true,
};

/** Clock skew below this is ignored (a cached page would otherwise mislead). */
const MAX_IGNORED_SKEW_MS = 60_000;

function browserStorage(): OutboxStorage | null {
  try {
    const storage = window.localStorage;
    const probe = "quizdeck:probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !["radio", "checkbox", "button", "submit"].includes(target.type)
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export function QuizPlayer({
  attemptId,
  title,
  feedbackMode,
  deadlineAt,
  serverNow,
  questions,
  saved,
}: QuizPlayerProps) {
  const router = useRouter();
  const immediate = feedbackMode === "immediate";
  const total = questions.length;

  const [index, setIndex] = useState(() => {
    const firstOpen = questions.findIndex((question) => !saved[question.id]);
    return firstOpen === -1 ? 0 : firstOpen;
  });
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(
      questions.map((question) => {
        const answer = saved[question.id];
        return [
          question.id,
          answer ? draftFromResponse(question, answer.response) : emptyDraft(question),
        ];
      }),
    ),
  );
  const [acknowledged, setAcknowledged] = useState<Record<string, Acknowledged>>(() =>
    Object.fromEntries(
      Object.entries(saved).map(([id, answer]) => [
        id,
        { response: answer.response, feedback: answer.feedback },
      ]),
    ),
  );
  const [queued, setQueued] = useState<Record<string, Queued>>({});
  const [hints, setHints] = useState<Record<string, string>>({});
  const [outbox, setOutbox] = useState<OutboxState>(INITIAL_OUTBOX);
  const [timeUp, setTimeUp] = useState(false);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [submitPhase, setSubmitPhase] = useState<"idle" | "saving" | "submitting" | "done">("idle");
  const [submitMessage, setSubmitMessage] = useState("");
  const [skewMs, setSkewMs] = useState(0);

  const outboxRef = useRef<AnswerOutbox | null>(null);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  // State, not a ref: focusing it waits for a feedback panel whose code is still loading.
  const [feedbackHeading, setFeedbackHeading] = useState<HTMLHeadingElement | null>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const focusQuestionNext = useRef(false);
  /** The question whose feedback should take focus when it shows. */
  const focusFeedbackFor = useRef<string | null>(null);
  const lastFocusedFeedbackKey = useRef("");
  const afterDialog = useRef<"submit" | "heading" | "none">("submit");
  const finishing = useRef(false);

  // Time spent per question: the running segment of the visible question is added on each read.
  const timeSpent = useRef<Record<string, number>>(
    Object.fromEntries(Object.entries(saved).map(([id, answer]) => [id, answer.timeSpentMs])),
  );
  const segment = useRef<{ id: string; start: number } | null>(null);
  const current = questions[index];
  const currentId = current?.id ?? "";
  const currentIdRef = useRef(currentId);
  currentIdRef.current = currentId;

  const stopClock = () => {
    const running = segment.current;
    if (!running) return;
    timeSpent.current[running.id] =
      (timeSpent.current[running.id] ?? 0) + (performance.now() - running.start);
    segment.current = null;
  };
  const startClock = () => {
    stopClock();
    if (typeof document !== "undefined" && document.visibilityState === "hidden") return;
    segment.current = { id: currentIdRef.current, start: performance.now() };
  };
  const timeSpentOn = (id: string) => {
    if (segment.current?.id === id) startClock();
    return Math.round(timeSpent.current[id] ?? 0);
  };

  const givenResponse = (id: string): unknown => queued[id]?.response ?? acknowledged[id]?.response;
  const isAnswered = (id: string) => Boolean(queued[id] || acknowledged[id]);
  const isLocked = (id: string) =>
    timeUp ||
    submitPhase === "submitting" ||
    submitPhase === "done" ||
    (immediate && isAnswered(id));

  // Answered questions, as of the last render plus answers queued since (submit reads it after awaiting).
  const answeredNow = useRef(new Set<string>());
  answeredNow.current = new Set([...Object.keys(queued), ...Object.keys(acknowledged)]);
  const isAnsweredNow = (id: string) => answeredNow.current.has(id);

  // The latest render's values, for listeners registered once.
  const latest = useRef<{
    commit: (id: string) => boolean;
    saveCurrentIfChanged: () => void;
    finishAtDeadline: () => void;
    onNumberKey: (digit: number) => void;
  }>({
    commit: () => false,
    saveCurrentIfChanged: () => {},
    finishAtDeadline: () => {},
    onNumberKey: () => {},
  });

  /** Stores and sends the answer to question `id` if there is something new to send. */
  const commit = (id: string): boolean => {
    const question = questions.find((candidate) => candidate.id === id);
    const draft = drafts[id];
    const box = outboxRef.current;
    if (!question || !draft || !box) return false;
    if (isLocked(id)) return false;
    const reason = incompleteReason(question, draft);
    if (reason) {
      setHints((previous) => ({ ...previous, [id]: reason }));
      return false;
    }
    const response = responseFromDraft(question, draft);
    if (!response) return false;
    const given = givenResponse(id);
    if (given !== undefined && sameResponse(given, response)) return true;
    const pending = box.enqueue({ questionId: id, response, timeSpentMs: timeSpentOn(id) });
    setQueued((previous) => ({ ...previous, [id]: { clientId: pending.clientId, response } }));
    answeredNow.current.add(id);
    setHints((previous) => ({ ...previous, [id]: "" }));
    if (immediate) {
      focusFeedbackFor.current = id;
      preloadFeedbackPanel();
    }
    return true;
  };

  /** Exam mode: a finished but unsaved answer is saved when the student moves on. */
  const saveCurrentIfChanged = () => {
    if (immediate || !current) return;
    const draft = drafts[current.id];
    if (!draft || incompleteReason(current, draft)) return;
    const response = responseFromDraft(current, draft);
    const given = givenResponse(current.id);
    if (response && (given === undefined || !sameResponse(given, response))) commit(current.id);
  };

  const goTo = (next: number) => {
    if (next < 0 || next >= total) return;
    // Choosing the question already shown still takes the reader to it.
    if (next === index) {
      questionHeading.current?.focus();
      return;
    }
    saveCurrentIfChanged();
    stopClock();
    setIndex(next);
    focusQuestionNext.current = true;
  };

  const submitNow = async () => {
    setSubmitPhase("submitting");
    setSubmitMessage("Submitting…");
    const result = await submitAttemptRequest(attemptId);
    if (result.ok) {
      outboxRef.current?.forget();
      setSubmitPhase("done");
      setSubmitMessage("Submitted. Opening your results…");
      router.replace(`/attempts/${encodeURIComponent(attemptId)}/results`);
      return;
    }
    setSubmitPhase("idle");
    setSubmitMessage(result.message);
    finishing.current = false;
  };

  const finishAtDeadline = async () => {
    if (finishing.current) return;
    finishing.current = true;
    saveCurrentIfChanged();
    setTimeUp(true);
    setSubmitMessage("Time is up. Submitting your answers…");
    // Answers in transit still count for a moment after the deadline.
    await outboxRef.current?.drain(1_500);
    await submitNow();
  };

  const requestSubmit = async () => {
    if (submitPhase === "submitting" || submitPhase === "done" || submitPhase === "saving") return;
    saveCurrentIfChanged();
    const box = outboxRef.current;
    if (box && box.state().pending > 0) {
      const waiting = box.state().pending;
      setSubmitPhase("saving");
      setSubmitMessage(`Saving ${plural(waiting, "answer")} before submitting…`);
      const drained = await box.drain(8_000, true);
      setSubmitPhase("idle");
      if (!drained) {
        const left = box.state().pending;
        setSubmitMessage(
          `Cannot submit yet: ${plural(left, "answer")} ${left === 1 ? "is" : "are"} not saved. Submit again once the status says “All answers saved”.`,
        );
        return;
      }
    }
    const unanswered = questions.filter((question) => !isAnsweredNow(question.id));
    if (unanswered.length > 0) {
      setSubmitMessage("");
      afterDialog.current = "submit";
      setDialogOpen(true);
      return;
    }
    await submitNow();
  };

  latest.current = {
    commit,
    saveCurrentIfChanged,
    finishAtDeadline: () => void finishAtDeadline(),
    onNumberKey: (digit: number) => {
      if (!current || isLocked(current.id) || dialogOpen) return;
      const draft = drafts[current.id];
      if (!draft) return;
      const next = applyNumberKey(current, draft, digit);
      if (!next) return;
      setDrafts((previous) => ({ ...previous, [current.id]: next }));
      setHints((previous) => ({ ...previous, [current.id]: "" }));
      // Move focus to the option picked, so screen readers say what was chosen.
      const choiceId =
        current.type === "true-false"
          ? digit === 1
            ? "true"
            : "false"
          : current.type === "single-choice" || current.type === "multiple-choice"
            ? current.choices[digit - 1]?.id
            : undefined;
      const id =
        current.type === "true-false"
          ? `q${index}-${choiceId}`
          : choiceId
            ? `q${index}-option-${choiceId}`
            : "";
      if (id) document.getElementById(id)?.focus();
    },
  };

  // The outbox: created once on the client; resends whatever a previous load left.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per attempt; the props are the load-time snapshot.
  useEffect(() => {
    const box = new AnswerOutbox({
      attemptId,
      storage: browserStorage(),
      transport: responsesTransport(attemptId),
      initiallyOnline: navigator.onLine,
      onChange: setOutbox,
      onSaved: (answer: PendingAnswer, outcome) => {
        setQueued((previous) => {
          if (previous[answer.questionId]?.clientId !== answer.clientId) return previous;
          const { [answer.questionId]: _done, ...rest } = previous;
          return rest;
        });
        setAcknowledged((previous) => {
          // A newer answer to this question may still be waiting; the last acknowledged one wins.
          const feedback = (outcome.feedback as QuestionFeedback | undefined) ?? null;
          return {
            ...previous,
            [answer.questionId]: {
              response:
                outcome.status === "stale"
                  ? (previous[answer.questionId]?.response ?? answer.response)
                  : answer.response,
              feedback: feedback ?? previous[answer.questionId]?.feedback ?? null,
            },
          };
        });
      },
      onRejected: (answer, outcome) => {
        setQueued((previous) => {
          if (previous[answer.questionId]?.clientId !== answer.clientId) return previous;
          const { [answer.questionId]: _dropped, ...rest } = previous;
          return rest;
        });
        if (outcome.code === "DEADLINE_PASSED") {
          latest.current.finishAtDeadline();
          return;
        }
        const message =
          outcome.code === "CONFLICT" && immediate
            ? `${outcome.message} Reload the page to see the saved answer.`
            : `Not saved: ${outcome.message}`;
        setHints((previous) => ({ ...previous, [answer.questionId]: message }));
      },
    });
    box.noteServerRevisions(
      Object.fromEntries(Object.entries(saved).map(([id, answer]) => [id, answer.revision])),
    );
    // Feedback already given can be revisited at any time, even offline.
    if (Object.values(saved).some((answer) => answer.feedback)) preloadFeedbackPanel();

    // Answers this browser stored but the server never acknowledged: show them as given.
    const known = new Set(questions.map((question) => question.id));
    const restored: Record<string, Queued> = {};
    for (const pending of box.pendingAnswers()) {
      if (known.has(pending.questionId)) {
        restored[pending.questionId] = { clientId: pending.clientId, response: pending.response };
      }
    }
    if (Object.keys(restored).length > 0) {
      setQueued((previous) => ({ ...restored, ...previous }));
      setDrafts((previous) => {
        const next = { ...previous };
        for (const question of questions) {
          const pending = restored[question.id];
          if (pending) next[question.id] = draftFromResponse(question, pending.response);
        }
        return next;
      });
    }

    outboxRef.current = box;
    box.start();
    const online = () => box.setOnline(true);
    const offline = () => box.setOnline(false);
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      box.dispose();
      outboxRef.current = null;
    };
  }, [attemptId]);

  // Clock skew, and the time clock of the visible question.
  useEffect(() => {
    const skew = Date.parse(serverNow) - Date.now();
    if (Math.abs(skew) > MAX_IGNORED_SKEW_MS) setSkewMs(skew);
  }, [serverNow]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: restarts the clock per question.
  useEffect(() => {
    startClock();
    return () => stopClock();
  }, [currentId]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the clock helpers only touch refs.
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === "hidden") {
        stopClock();
        // Exam mode: a finished answer is stored before the tab may be closed.
        latest.current.saveCurrentIfChanged();
      } else {
        startClock();
        outboxRef.current?.retryNow();
      }
    };
    document.addEventListener("visibilitychange", onVisibility);
    return () => document.removeEventListener("visibilitychange", onVisibility);
  }, []);

  // Without durable storage, warn before leaving while answers are unsent.
  useEffect(() => {
    if (outbox.durable || outbox.pending === 0) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [outbox.durable, outbox.pending]);

  // Number keys pick options anywhere on the page except in text fields.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextEntry(event.target)) return;
      if (/^[1-9]$/.test(event.key)) {
        latest.current.onNumberKey(Number(event.key));
        return;
      }
      // Enter with nothing in particular focused (after a number key, or on the heading) checks the answer.
      if (event.key === "Enter") {
        const target = event.target as HTMLElement | null;
        if (target === document.body || target?.dataset.questionHeading === "true") {
          event.preventDefault();
          latest.current.commit(currentIdRef.current);
        }
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  // After Next / Previous / a jump: focus the new question's heading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the question changes.
  useLayoutEffect(() => {
    if (focusQuestionNext.current) {
      focusQuestionNext.current = false;
      questionHeading.current?.focus();
    }
  }, [index]);

  const currentFeedback = current ? (acknowledged[current.id]?.feedback ?? null) : null;
  const waitingForFeedback =
    immediate && current !== undefined && Boolean(queued[current.id]) && currentFeedback === null;
  const showWaiting = waitingForFeedback && (outbox.problem !== null || !outbox.online);
  const feedbackKey = current
    ? `${current.id}:${currentFeedback ? "feedback" : showWaiting ? "waiting" : "none"}`
    : "";

  // After "Check answer": focus the feedback heading once there is something to read.
  useLayoutEffect(() => {
    if (!current || focusFeedbackFor.current !== current.id) return;
    if (!currentFeedback && !showWaiting) return;
    // Not shown yet (the panel's code is loading): this runs again when it is.
    if (!feedbackHeading?.isConnected) return;
    if (lastFocusedFeedbackKey.current === feedbackKey) return;
    lastFocusedFeedbackKey.current = feedbackKey;
    feedbackHeading.focus();
    if (currentFeedback) focusFeedbackFor.current = null;
  }, [current, currentFeedback, showWaiting, feedbackKey, feedbackHeading]);

  if (!current) {
    return (
      <div className="stack">
        <h1>{title}</h1>
        <p>This quiz has no questions left in the question bank.</p>
      </div>
    );
  }

  const answeredCount = questions.filter((question) => isAnswered(question.id)).length;
  const draft = drafts[current.id] ?? emptyDraft(current);
  const locked = isLocked(current.id);
  const prefix = `q${index}`;
  const shortcutsId = `${prefix}-shortcuts`;
  const hint = hints[current.id] ?? "";
  const given = givenResponse(current.id);
  const draftResponse = responseFromDraft(current, draft);
  const unsavedChange =
    !immediate &&
    draftResponse !== null &&
    (given === undefined || !sameResponse(given, draftResponse));
  const statusText = timeUp && submitPhase !== "idle" ? "Time is up." : describeOutbox(outbox);
  const submitBusy =
    submitPhase === "saving" || submitPhase === "submitting" || submitPhase === "done";
  const unansweredNumbers = questions
    .map((question, position) => (isAnswered(question.id) ? null : position + 1))
    .filter((value): value is number => value !== null);
  const deadlineMs = deadlineAt ? Date.parse(deadlineAt) - skewMs : null;

  const onFormKeyDown = (event: ReactKeyboardEvent<HTMLFormElement>) => {
    if (event.key !== "Enter" || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
      return;
    const target = event.target as HTMLElement;
    const isToggle =
      target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox");
    const isItem = target.tagName === "LI" || target instanceof HTMLSelectElement;
    if (isToggle || isItem) {
      event.preventDefault();
      commit(current.id);
    }
  };

  const questionState = (question: PresentedQuestion): string => {
    const feedback = acknowledged[question.id]?.feedback;
    if (immediate && feedback) return verdictLabel(feedback).toLowerCase();
    if (queued[question.id]) return "answered, saving";
    if (acknowledged[question.id]) return "answered";
    return "not answered";
  };

  const questionMark = (question: PresentedQuestion): string => {
    const feedback = acknowledged[question.id]?.feedback;
    if (immediate && feedback) return feedback.correct ? "✓" : feedback.score > 0 ? "◐" : "✗";
    return isAnswered(question.id) ? "●" : "○";
  };

  const actionLabel = immediate
    ? isAnswered(current.id)
      ? "Answer checked"
      : "Check answer"
    : unsavedChange || given === undefined
      ? "Save answer"
      : queued[current.id]
        ? "Saved on this device"
        : "Answer saved";

  return (
    <div className={styles.player}>
      <div className={styles.quizBar}>
        <h1 className={styles.title}>{title}</h1>
        <div className={styles.barRow}>
          <div className={styles.progress}>
            <label htmlFor="quiz-progress">
              {answeredCount} of {total} answered
            </label>
            <progress id="quiz-progress" max={total} value={answeredCount} />
          </div>
          {deadlineMs !== null ? (
            <Suspense fallback={null}>
              <Countdown
                deadlineMs={deadlineMs}
                initialNowMs={Date.parse(serverNow)}
                onExpire={() => latest.current.finishAtDeadline()}
              />
            </Suspense>
          ) : null}
        </div>
        <p className={styles.saveStatus} role="status" aria-live="polite" aria-atomic="true">
          {statusText}
        </p>
        {!outbox.durable ? (
          <p className="notice">
            This browser cannot keep unsent answers if you close the page. Stay on this page until
            the status says “All answers saved”.
          </p>
        ) : null}
      </div>

      <nav aria-label="Questions" className={styles.questionNav}>
        <ol>
          {questions.map((question, position) => (
            <li key={question.id}>
              <button
                type="button"
                className={`${styles.navButton} ${position === index ? styles.navCurrent : ""} ${
                  isAnswered(question.id) ? styles.navAnswered : ""
                }`}
                aria-current={position === index ? "step" : undefined}
                onClick={() => goTo(position)}
              >
                <span aria-hidden="true">
                  {position + 1}
                  <span className={styles.navMark}>{questionMark(question)}</span>
                </span>
                <span className="visually-hidden">
                  Question {position + 1}, {questionState(question)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <section className={styles.question} aria-labelledby="question-heading" key={current.id}>
        <h2 id="question-heading" ref={questionHeading} tabIndex={-1} data-question-heading="true">
          Question {index + 1} of {total}
        </h2>
        <form
          noValidate
          onKeyDown={onFormKeyDown}
          onSubmit={(event) => {
            event.preventDefault();
            commit(current.id);
          }}
        >
          <QuestionInputs
            question={current}
            draft={draft}
            onChange={(next) => {
              setDrafts((previous) => ({ ...previous, [current.id]: next }));
              if (hint) setHints((previous) => ({ ...previous, [current.id]: "" }));
            }}
            locked={locked}
            feedback={immediate ? currentFeedback : null}
            idPrefix={prefix}
            describedBy={shortcutsId}
          />
          <Shortcuts id={shortcutsId} question={current} immediate={immediate} />
          <div className={styles.actions}>
            <button
              type="submit"
              aria-disabled={
                locked || (!immediate && !unsavedChange && given !== undefined) ? true : undefined
              }
            >
              {actionLabel}
            </button>
            <span className={styles.navActions}>
              <button
                type="button"
                className="secondary"
                disabled={index === 0}
                onClick={() => goTo(index - 1)}
              >
                Previous
              </button>
              <button
                type="button"
                className="secondary"
                disabled={index === total - 1}
                onClick={() => goTo(index + 1)}
              >
                Next
              </button>
            </span>
          </div>
          <p className={styles.hint} role="status" aria-live="polite">
            {hint || (unsavedChange && given !== undefined ? "Changed — not saved yet." : "")}
          </p>
        </form>

        {immediate && currentFeedback ? (
          <Suspense fallback={null}>
            <FeedbackPanel
              feedback={currentFeedback}
              questionType={current.type}
              idPrefix={`${prefix}-feedback`}
              headingRef={setFeedbackHeading}
            />
          </Suspense>
        ) : showWaiting ? (
          <section className={styles.feedback} aria-labelledby={`${prefix}-waiting`}>
            <h3
              id={`${prefix}-waiting`}
              ref={setFeedbackHeading}
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

      <section className={styles.finish} aria-labelledby="finish-heading">
        <h2 id="finish-heading" className="visually-hidden">
          Finish
        </h2>
        <button
          ref={submitButton}
          type="button"
          aria-disabled={submitBusy || outbox.pending > 0 ? true : undefined}
          aria-describedby="submit-note"
          onClick={() => void requestSubmit()}
        >
          {submitPhase === "submitting" ? "Submitting…" : "Submit quiz"}
        </button>
        <p id="submit-note" className={styles.submitNote} role="alert">
          {submitMessage ||
            (outbox.pending > 0
              ? `Submit waits until ${plural(outbox.pending, "answer")} ${outbox.pending === 1 ? "is" : "are"} saved.`
              : "")}
        </p>
        <p className="muted">
          {immediate
            ? "Each answer is final once checked."
            : "You can change your answers until you submit. Results are shown after you submit."}
        </p>
      </section>

      <SubmitDialog
        open={dialogOpen}
        unanswered={unansweredNumbers}
        total={total}
        onCancel={() => {
          afterDialog.current = "submit";
          setDialogOpen(false);
        }}
        onConfirm={() => {
          afterDialog.current = "none";
          setDialogOpen(false);
          void submitNow();
        }}
        onGoTo={(questionNumber) => {
          afterDialog.current = "heading";
          setDialogOpen(false);
          if (questionNumber - 1 === index) questionHeading.current?.focus();
          else goTo(questionNumber - 1);
        }}
        onClosed={() => {
          if (afterDialog.current === "submit") submitButton.current?.focus();
          else if (afterDialog.current === "heading") questionHeading.current?.focus();
          else submitButton.current?.focus();
        }}
      />
    </div>
  );
}

function Shortcuts({
  id,
  question,
  immediate,
}: {
  id: string;
  question: PresentedQuestion;
  immediate: boolean;
}) {
  const action = immediate ? "check your answer" : "save your answer";
  const enter = (
    <>
      <kbd>Enter</kbd> to {action}
    </>
  );
  let body: ReactNode;
  switch (question.type) {
    case "single-choice":
    case "multiple-choice": {
      const last = Math.min(9, question.choices.length);
      body = (
        <>
          Press <kbd>1</kbd>–<kbd>{last}</kbd> to{" "}
          {question.type === "single-choice" ? "choose an option" : "tick or untick an option"},{" "}
          {enter}.
        </>
      );
      break;
    }
    case "true-false":
      body = (
        <>
          Press <kbd>1</kbd> for True, <kbd>2</kbd> for False, {enter}.
        </>
      );
      break;
    case "cloze":
      body = <>Type in each blank, then press {enter}.</>;
      break;
    case "matching":
      body = <>Choose a match for each item from its list, then press {enter}.</>;
      break;
    case "ordering":
      body = (
        <>
          Use Move up and Move down, or focus an item and press <kbd>Alt</kbd>+<kbd>↑</kbd> or{" "}
          <kbd>Alt</kbd>+<kbd>↓</kbd>. Press {enter}.
        </>
      );
      break;
  }
  return (
    <p id={id} className={styles.shortcuts}>
      <span className="visually-hidden">Keyboard: </span>
      {body}
    </p>
  );
}
