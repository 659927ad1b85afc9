"use client";

import { RATING_LABELS, type ReviewRating } from "@quizdeck/core/scheduling";
import { useReducer, useRef, useState } from "react";
import { describeReviewSaving } from "@/lib/flashcards/save-status";
import {
  createSession,
  type SessionState,
  sessionPhase,
  sessionReducer,
  summarize,
} from "@/lib/flashcards/session";
import type { SessionCard } from "@/lib/flashcards/types";
import { plural, ratedAnnouncement } from "@/lib/flashcards/wording";
import { newClientId } from "@/lib/outbox/client-id";
import styles from "./flashcards.module.css";
import { Key } from "./key-hint";
import { ReviewCard } from "./review-card";
import { SaveStatusLine } from "./save-status-line";
import { SessionSummary } from "./session-summary";
import { useDueCheck } from "./use-due-check";
import { useSessionShortcuts } from "./use-keyboard-shortcuts";
import { useReviewOutbox } from "./use-review-outbox";
import { useSessionFocus } from "./use-session-focus";

export interface FlashcardSessionProps {
  userId: string;
  setId: string | null;
  initialCards: SessionCard[];
  timeZone: string;
}

/**
 * The review session: front, "Show answer", back with its evidence, four rating
 * buttons with their next intervals, undo, and a summary at the end. Ratings
 * go through a ReviewOutbox (kept on the device until the server has them).
 */
export function FlashcardSession({ userId, setId, initialCards, timeZone }: FlashcardSessionProps) {
  const [session, dispatch] = useReducer(sessionReducer, undefined, () => createSession([], 0));
  const [saveError, setSaveError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const sessionRef = useRef<SessionState>(session);
  sessionRef.current = session;

  const reviews = useReviewOutbox({ userId, initialCards, dispatch, onError: setSaveError });
  const phase = reviews.ready ? sessionPhase(session) : "loading";
  const focus = useSessionFocus(phase);
  const { check, retry: retryCheck } = useDueCheck(
    phase === "done" && reviews.state.pending === 0,
    setId,
  );
  const summary = summarize(session);
  const current = session.current;

  const reveal = () => {
    if (!sessionRef.current.current || sessionRef.current.current.revealed) return;
    dispatch({ type: "reveal" });
    focus.requestFocus("answer");
  };

  const rate = (rating: ReviewRating) => {
    const shown = sessionRef.current.current;
    if (!shown?.revealed || !reviews.canSend()) return;
    const clientId = newClientId();
    dispatch({ type: "rate", rating, clientId, now: Date.now() });
    reviews.addRating(clientId, shown.card.id, rating);
    setAnnouncement(ratedAnnouncement(rating, shown.card.intervals[rating]));
    focus.requestFocus("card");
  };

  const undo = () => {
    const last = sessionRef.current.history.at(-1);
    if (!last || !reviews.canSend()) return;
    dispatch({ type: "undo", now: Date.now() });
    reviews.addUndo(newClientId(), last.clientId);
    setAnnouncement(`Undid ${RATING_LABELS[last.rating]} — showing that card again`);
    focus.requestFocus("card");
  };

  useSessionShortcuts({
    enabled: reviews.ready,
    session: sessionRef,
    onReveal: reveal,
    onRate: rate,
    onUndo: undo,
  });

  if (!reviews.ready) {
    return (
      <div className={styles.session}>
        <p className="muted">Loading your cards…</p>
        <noscript>
          <p className="notice">Reviewing flashcards needs JavaScript turned on.</p>
        </noscript>
      </div>
    );
  }

  return (
    <div className={styles.session}>
      {reviews.recovered > 0 ? (
        <p className="notice">
          {plural(reviews.recovered, "change")} from your last visit had not reached the server yet;{" "}
          {reviews.state.pending > 0 ? "saving now." : "they are saved now."}
        </p>
      ) : null}

      {phase === "card" && current ? (
        <ReviewCard
          current={current}
          summary={summary}
          cardRef={focus.cardRef}
          answerRef={focus.answerRef}
          onReveal={reveal}
          onRate={rate}
        />
      ) : null}

      {phase === "waiting" ? (
        <p ref={focus.waitingRef} tabIndex={-1} className={styles.focusTarget}>
          Saving your last rating before the session ends…
        </p>
      ) : null}

      {phase === "done" ? (
        <SessionSummary
          headingRef={focus.summaryRef}
          session={session}
          after={check}
          timeZone={timeZone}
          onReviewMore={() => {
            if (check.state !== "loaded") return;
            dispatch({ type: "append", cards: check.payload.cards, now: Date.now() });
            focus.requestFocus("card");
          }}
          onContinueLearning={() => {
            dispatch({ type: "studyAhead", now: Date.now() });
            focus.requestFocus("card");
          }}
          onRetryCheck={retryCheck}
        />
      ) : null}

      <div className={styles.toolbar}>
        <button
          type="button"
          className="secondary"
          onClick={undo}
          disabled={session.history.length === 0}
          aria-keyshortcuts="U Control+Z"
        >
          Undo <Key>U</Key>
        </button>
        <p className={styles.help}>
          Keys: <kbd>Space</kbd> show answer · <kbd>1</kbd>–<kbd>4</kbd> rate · <kbd>U</kbd> or{" "}
          <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo
        </p>
      </div>

      <SaveStatusLine
        status={describeReviewSaving(
          reviews.state,
          session.history.length + session.undoneCount + reviews.recovered > 0,
        )}
        onRetry={reviews.retryNow}
      />
      {saveError ? (
        <div className="form-error" role="alert">
          <p style={{ margin: 0 }}>{saveError}</p>
          <button
            type="button"
            className="secondary"
            onClick={() => setSaveError(null)}
            style={{ marginTop: "0.5rem" }}
          >
            Dismiss
          </button>
        </div>
      ) : null}

      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
