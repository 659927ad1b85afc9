import { RATING_LABELS, type ReviewRating } from "@quizdeck/core/scheduling";
import { type Dispatch, useEffect, useRef, useState } from "react";
import type { SessionAction } from "@/lib/flashcards/session";
import type { SessionCard } from "@/lib/flashcards/types";
import { browserOnline, connectToBrowser } from "@/lib/outbox/browser-signals";
import { deviceStorage } from "@/lib/outbox/device-storage";
import {
  createReviewOutbox,
  type ReviewOutbox,
  type ReviewOutboxState,
  ratedCardIds,
} from "@/lib/outbox/review-outbox";
import { useLeaveWarning } from "@/lib/outbox/use-leave-warning";

const NOTHING_WAITING: ReviewOutboxState = {
  pending: 0,
  sending: false,
  online: true,
  problem: null,
  lastError: null,
  durable: true,
};

/**
 * The session's ratings and undos on their way to the server (a ReviewOutbox
 * living as long as the page). Changes an earlier page left unsaved are sent
 * first, and their cards are left out of this session. The session starts
 * (`ready`) once the device's copy has been read.
 */
export function useReviewOutbox({
  userId,
  initialCards,
  dispatch,
  onError,
}: {
  userId: string;
  initialCards: SessionCard[];
  dispatch: Dispatch<SessionAction>;
  /** A change the server refused for good, in words. */
  onError: (message: string) => void;
}) {
  const [state, setState] = useState<ReviewOutboxState>(NOTHING_WAITING);
  const [recovered, setRecovered] = useState(0);
  const [ready, setReady] = useState(false);
  const outboxRef = useRef<ReviewOutbox | null>(null);
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;

  useEffect(() => {
    const outbox = createReviewOutbox({
      userId,
      storage: deviceStorage(),
      initiallyOnline: browserOnline(),
      onChange: setState,
      events: {
        ratingSaved(op, response) {
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
          dispatch({ type: "failed", clientId: op.id, now: Date.now() });
          onErrorRef.current(`A ${RATING_LABELS[op.rating]} rating could not be saved: ${message}`);
        },
        undoFailed(_op, message) {
          onErrorRef.current(`An undo could not be saved: ${message}`);
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
    const disconnect = connectToBrowser(outbox);
    return () => {
      disconnect();
      outbox.dispose();
      if (outboxRef.current === outbox) outboxRef.current = null;
    };
  }, [userId, initialCards, dispatch]);

  useLeaveWarning(state.pending > 0);

  return {
    state,
    ready,
    /** Changes from an earlier page that had not reached the server. */
    recovered,
    addRating: (clientId: string, flashcardId: string, rating: ReviewRating) =>
      outboxRef.current?.addRating(clientId, flashcardId, rating),
    addUndo: (undoId: string, ratingId: string) => outboxRef.current?.addUndo(undoId, ratingId),
    retryNow: () => outboxRef.current?.retryNow(),
    /** False while there is no outbox to take a change (before the first effect). */
    canSend: () => outboxRef.current !== null,
  };
}
