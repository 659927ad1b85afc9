"use client";

import { RATING_LABELS, type ReviewRating } from "@quizdeck/core/scheduling";
import Link from "next/link";
import {
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useReducer,
  useRef,
  useState,
} from "react";
import { dueNext } from "@/lib/flashcards/due-next";
import { keyCommand } from "@/lib/flashcards/keyboard";
import {
  newClientId,
  type OutboxStatus,
  ReviewOutbox,
  ratedCardIds,
  type Transport,
} from "@/lib/flashcards/outbox";
import { deviceOutboxStorage } from "@/lib/flashcards/outbox-storage";
import {
  createSession,
  type SessionState,
  sessionPhase,
  sessionReducer,
  summarize,
} from "@/lib/flashcards/session";
import {
  type CardState,
  evidenceHref,
  type QueuePayload,
  RATINGS,
  type SessionCard,
} from "@/lib/flashcards/types";
import { formatDuration, formatWhen, plural, ratedAnnouncement } from "@/lib/flashcards/wording";
import { formatRelative } from "@/lib/format";
import styles from "./flashcards.module.css";

const REQUEST_TIMEOUT_MS = 15_000;

const STATE_BADGES: Record<CardState, string> = {
  new: "New card",
  learning: "Learning",
  review: "Review",
  relearning: "Relearning",
};

const RATING_CLASSES: Record<ReviewRating, string | undefined> = {
  1: styles.again,
  2: styles.hard,
  3: styles.good,
  4: styles.easy,
};

/** POSTs JSON with a timeout; any failure to get an answer is a "network" result (retried). */
const fetchTransport: Transport = {
  async post(path, body) {
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    try {
      const response = await fetch(path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        credentials: "same-origin",
        cache: "no-store",
        signal: controller.signal,
      });
      let json: unknown = null;
      try {
        json = await response.json();
      } catch {
        json = null;
      }
      return { type: "response", status: response.status, body: json };
    } catch (error) {
      return { type: "network", message: error instanceof Error ? error.message : String(error) };
    } finally {
      clearTimeout(timeout);
    }
  },
};

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

type AfterState =
  | { state: "idle" }
  | { state: "loading" }
  | { state: "loaded"; payload: QueuePayload }
  | { state: "error" };

type FocusTarget = "card" | "answer";

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
  const [ready, setReady] = useState(false);
  const [saveStatus, setSaveStatus] = useState<OutboxStatus>({ state: "idle", pending: 0 });
  const [saveError, setSaveError] = useState<string | null>(null);
  const [recovered, setRecovered] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const [after, setAfter] = useState<AfterState>({ state: "idle" });
  const [checkToken, setCheckToken] = useState(0);
  const [focusRequest, setFocusRequest] = useState<{ target: FocusTarget; n: number } | null>(null);
  const outboxRef = useRef<ReviewOutbox | null>(null);
  const sessionRef = useRef<SessionState>(session);
  sessionRef.current = session;
  const cardRef = useRef<HTMLElement>(null);
  const answerRef = useRef<HTMLElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const waitingRef = useRef<HTMLParagraphElement>(null);

  const phase = ready ? sessionPhase(session) : "loading";
  const summary = summarize(session);
  const current = session.current;

  // The outbox lives as long as the page; unsaved changes of an earlier page are sent first.
  useEffect(() => {
    // Events of an outbox this component has let go of (React's dev double-mount) are ignored.
    const live = () => outboxRef.current === outbox;
    const outbox: ReviewOutbox = new ReviewOutbox({
      transport: fetchTransport,
      storage: deviceOutboxStorage(localStorageOrNull(), userId),
      events: {
        ratingSaved(op, response) {
          if (!live()) return;
          const serverNow = Date.parse(response.serverNow);
          const dueAt = Date.parse(response.dueAt);
          dispatch({
            type: "saved",
            clientId: op.id,
            state: response.state,
            readyAt: Date.now() + (dueAt - serverNow),
            nextIntervals: response.nextIntervals,
            now: Date.now(),
          });
        },
        ratingFailed(op, message) {
          if (!live()) return;
          dispatch({ type: "failed", clientId: op.id, now: Date.now() });
          setSaveError(`A ${RATING_LABELS[op.rating]} rating could not be saved: ${message}`);
        },
        undoFailed(_op, message) {
          if (!live()) return;
          setSaveError(`An undo could not be saved: ${message}`);
        },
        status(status) {
          if (live()) setSaveStatus(status);
        },
      },
    });
    outboxRef.current = outbox;
    const leftover = outbox.restore();
    const alreadyRated = ratedCardIds(leftover);
    setRecovered(leftover.length);
    dispatch({
      type: "start",
      cards: initialCards.filter((card) => !alreadyRated.has(card.id)),
      now: Date.now(),
    });
    setReady(true);
    const online = () => outbox.retryNow();
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (outbox.pending > 0) event.preventDefault();
    };
    window.addEventListener("online", online);
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("beforeunload", beforeUnload);
      outbox.dispose();
      if (outboxRef.current === outbox) outboxRef.current = null;
    };
  }, [userId, initialCards]);

  const requestFocus = useCallback((target: FocusTarget) => {
    setFocusRequest((previous) => ({ target, n: (previous?.n ?? 0) + 1 }));
  }, []);

  const reveal = useCallback(() => {
    if (!sessionRef.current.current || sessionRef.current.current.revealed) return;
    dispatch({ type: "reveal" });
    requestFocus("answer");
  }, [requestFocus]);

  const rate = useCallback(
    (rating: ReviewRating) => {
      const shown = sessionRef.current.current;
      const outbox = outboxRef.current;
      if (!shown?.revealed || !outbox) return;
      const clientId = newClientId();
      dispatch({ type: "rate", rating, clientId, now: Date.now() });
      outbox.addRating(clientId, shown.card.id, rating);
      setAnnouncement(ratedAnnouncement(rating, shown.card.intervals[rating]));
      requestFocus("card");
    },
    [requestFocus],
  );

  const undo = useCallback(() => {
    const last = sessionRef.current.history.at(-1);
    const outbox = outboxRef.current;
    if (!last || !outbox) return;
    dispatch({ type: "undo", now: Date.now() });
    outbox.addUndo(newClientId(), last.clientId);
    setAnnouncement(`Undid ${RATING_LABELS[last.rating]} — showing that card again`);
    requestFocus("card");
  }, [requestFocus]);

  // Space, 1–4, U and Ctrl+Z anywhere on the page except in form fields.
  useEffect(() => {
    if (!ready) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const state = sessionRef.current;
      const command = keyCommand(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          shiftKey: event.shiftKey,
          targetTag: target?.tagName ?? "",
          targetEditable: target?.isContentEditable ?? false,
        },
        {
          hasCard: state.current !== null,
          revealed: state.current?.revealed ?? false,
          canUndo: state.history.length > 0,
        },
      );
      if (!command) return;
      event.preventDefault();
      if (command.type === "reveal") reveal();
      else if (command.type === "rate") rate(command.rating);
      else undo();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [ready, reveal, rate, undo]);

  // Focus follows each action: the answer once shown, else the new card, the summary or the wait notice.
  useLayoutEffect(() => {
    if (!focusRequest) return;
    if (phase === "card") {
      (focusRequest.target === "answer" ? answerRef.current : cardRef.current)?.focus();
    } else if (phase === "done") {
      summaryRef.current?.focus();
    } else if (phase === "waiting") {
      waitingRef.current?.focus();
    }
  }, [focusRequest, phase]);

  // At the end (all saved), ask the server what is due now and next.
  const shouldCheck = phase === "done" && saveStatus.pending === 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: checkToken asks for a fresh check
  useEffect(() => {
    if (!shouldCheck) return;
    let cancelled = false;
    setAfter({ state: "loading" });
    const query = setId ? `?set=${encodeURIComponent(setId)}` : "";
    fetch(`/api/flashcards/queue${query}`, { cache: "no-store", credentials: "same-origin" })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        return (await response.json()) as QueuePayload;
      })
      .then((payload) => {
        if (!cancelled) setAfter({ state: "loaded", payload });
      })
      .catch(() => {
        if (!cancelled) setAfter({ state: "error" });
      });
    return () => {
      cancelled = true;
    };
  }, [shouldCheck, setId, checkToken]);

  const reviewMore = () => {
    if (after.state !== "loaded") return;
    dispatch({ type: "append", cards: after.payload.cards, now: Date.now() });
    requestFocus("card");
  };

  const continueLearning = () => {
    dispatch({ type: "studyAhead", now: Date.now() });
    requestFocus("card");
  };

  if (!ready) {
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
      {recovered > 0 ? (
        <p className="notice">
          {plural(recovered, "change")} from your last visit had not reached the server yet;{" "}
          {saveStatus.pending > 0 ? "saving now." : "they are saved now."}
        </p>
      ) : null}

      {phase === "card" && current ? (
        <section aria-labelledby="review-heading" className={styles.session}>
          <div className={styles.progress}>
            <h2 id="review-heading" className="visually-hidden">
              Review
            </h2>
            <span>{plural(summary.ratings, "card")} done</span>
            <span>{summary.remaining} to go</span>
          </div>
          <article
            key={`${current.card.id}@${current.shownAt}`}
            ref={cardRef}
            className={styles.card}
            tabIndex={-1}
            aria-labelledby="flashcard-front"
          >
            <p className={styles.badge}>{STATE_BADGES[current.card.state]}</p>
            <h3 id="flashcard-front" className={styles.front}>
              {current.card.front}
            </h3>
            {current.revealed ? (
              <section
                ref={answerRef}
                className={styles.answer}
                tabIndex={-1}
                aria-labelledby="flashcard-answer-label"
              >
                <h4 id="flashcard-answer-label" className={styles.answerLabel}>
                  Answer
                </h4>
                <p className={styles.back}>{current.card.back}</p>
                {current.card.evidence.map((evidence, index) => (
                  <figure
                    key={`${evidence.paragraphId}:${evidence.quote}`}
                    className={styles.evidence}
                  >
                    <blockquote>{evidence.quote}</blockquote>
                    <figcaption>
                      <Link href={evidenceHref(evidence)}>
                        See in the article
                        {current.card.evidence.length > 1 ? (
                          <span className="visually-hidden"> (quote {index + 1})</span>
                        ) : null}
                      </Link>
                    </figcaption>
                  </figure>
                ))}
              </section>
            ) : null}
          </article>

          <div className={styles.actions}>
            {current.revealed ? (
              <fieldset className={styles.ratings}>
                <legend className="visually-hidden">How well did you remember?</legend>
                {RATINGS.map((rating) => (
                  <button
                    key={rating}
                    type="button"
                    className={`${styles.rate} ${RATING_CLASSES[rating] ?? ""}`}
                    onClick={() => rate(rating)}
                    aria-keyshortcuts={String(rating)}
                  >
                    <span>{RATING_LABELS[rating]}</span>{" "}
                    <span className={styles.rateInterval}>{current.card.intervals[rating]}</span>
                    <Key>{rating}</Key>
                  </button>
                ))}
              </fieldset>
            ) : (
              <button
                type="button"
                className={styles.reveal}
                onClick={reveal}
                aria-keyshortcuts="Space"
              >
                Show answer <Key>Space</Key>
              </button>
            )}
          </div>
        </section>
      ) : null}

      {phase === "waiting" ? (
        <p ref={waitingRef} tabIndex={-1} className={styles.focusTarget}>
          Saving your last rating before the session ends…
        </p>
      ) : null}

      {phase === "done" ? (
        <SessionSummary
          headingRef={summaryRef}
          session={session}
          after={after}
          timeZone={timeZone}
          onReviewMore={reviewMore}
          onContinueLearning={continueLearning}
          onRetryCheck={() => setCheckToken((token) => token + 1)}
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
        status={saveStatus}
        anyRatings={session.history.length + session.undoneCount + recovered > 0}
        onRetry={() => outboxRef.current?.retryNow()}
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

/** A shortcut shown on a button, left out of the button's accessible name (aria-keyshortcuts has it). */
function Key({ children }: { children: ReactNode }) {
  return (
    <span aria-hidden="true" className={styles.key}>
      <kbd>{children}</kbd>
    </span>
  );
}

function SaveStatusLine({
  status,
  anyRatings,
  onRetry,
}: {
  status: OutboxStatus;
  anyRatings: boolean;
  onRetry: () => void;
}) {
  let text = "";
  if (status.state === "saving") text = "Saving…";
  else if (status.state === "retrying") {
    text = `Not saved yet. ${status.message} Retrying automatically; your ${plural(status.pending, "change")} ${status.pending === 1 ? "is" : "are"} kept on this device.`;
  } else if (status.state === "paused") {
    text = `Not saved yet. ${status.message} Sign in again (for example in a new tab), then choose Retry now.`;
  } else if (anyRatings) text = "All ratings saved";
  const stuck = status.state === "retrying" || status.state === "paused";
  return (
    <div className={styles.statusRow}>
      <p
        className={`${styles.status} ${stuck ? styles.warn : ""}`}
        role="status"
        aria-live="polite"
        data-save-state={status.state}
      >
        {text}
      </p>
      {stuck ? (
        <button type="button" className="secondary" onClick={onRetry}>
          Retry now
        </button>
      ) : null}
      {status.state === "paused" ? (
        <a href="/sign-in?returnTo=%2Fflashcards" target="_blank" rel="noopener">
          Sign in (opens a new tab)
        </a>
      ) : null}
    </div>
  );
}

function SessionSummary({
  headingRef,
  session,
  after,
  timeZone,
  onReviewMore,
  onContinueLearning,
  onRetryCheck,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  session: SessionState;
  after: AfterState;
  timeZone: string;
  onReviewMore: () => void;
  onContinueLearning: () => void;
  onRetryCheck: () => void;
}) {
  const summary = summarize(session);
  const now = Date.now();
  const loaded = after.state === "loaded" ? after.payload : null;
  const next = dueNext({
    dueNowCount: loaded?.cards.length ?? 0,
    nextDueAt: loaded?.summary.nextDueAt ? Date.parse(loaded.summary.nextDueAt) : null,
    learningAt: summary.nextLearningAt,
    newCardsAt: loaded?.summary.newCardsAt ? Date.parse(loaded.summary.newCardsAt) : null,
  });
  return (
    <section aria-labelledby="session-summary-heading" className="card">
      <h2
        id="session-summary-heading"
        ref={headingRef}
        tabIndex={-1}
        className={styles.focusTarget}
        style={{ marginTop: 0 }}
      >
        Session complete
      </h2>
      <dl className={styles.stats}>
        <div>
          <dt>Cards reviewed</dt>
          <dd>{summary.cardsReviewed}</dd>
        </div>
        {RATINGS.map((rating) => (
          <div key={rating}>
            <dt>{RATING_LABELS[rating]}</dt>
            <dd>{summary.counts[rating]}</dd>
          </div>
        ))}
        <div>
          <dt>Time spent</dt>
          <dd>{formatDuration(summary.seconds)}</dd>
        </div>
      </dl>
      {summary.ratings !== summary.cardsReviewed ? (
        <p className="muted">
          {plural(summary.ratings, "rating")} in all: cards still being learned came back later in
          the session.
        </p>
      ) : null}

      <h3>Due next</h3>
      {after.state === "loading" || after.state === "idle" ? (
        <p className="muted">Checking what is due…</p>
      ) : null}
      {after.state === "error" ? (
        <p>
          Could not check what is due next.{" "}
          <button type="button" className="secondary" onClick={onRetryCheck}>
            Check again
          </button>
        </p>
      ) : null}
      {after.state === "loaded" ? (
        next.kind === "now" ? (
          <p>{plural(next.count, "more card")} due now.</p>
        ) : next.kind === "later" ? (
          <p>
            {next.what === "card" ? "Next card due " : "New cards available again "}
            <time dateTime={new Date(next.at).toISOString()}>
              {formatRelative(new Date(next.at), new Date(now))}
            </time>{" "}
            <span className="muted">({formatWhen(new Date(next.at), timeZone)})</span>.
          </p>
        ) : (
          <p>Nothing else is scheduled in this selection.</p>
        )
      ) : null}
      <p className={styles.buttons}>
        {next.kind === "now" ? (
          <button type="button" onClick={onReviewMore}>
            Review {plural(next.count, "more card")}
          </button>
        ) : null}
        {summary.learningLeft > 0 && next.kind !== "now" ? (
          <button type="button" className="secondary" onClick={onContinueLearning}>
            Continue learning ({summary.learningLeft})
          </button>
        ) : null}
        <Link className={next.kind === "now" ? "button secondary" : "button"} href="/practice">
          Practice questions
        </Link>
      </p>
    </section>
  );
}
