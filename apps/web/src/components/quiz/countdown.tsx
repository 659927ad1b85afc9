"use client";

import { useEffect, useRef, useState } from "react";
import {
  type DeadlineKind,
  formatDueIn,
  formatRemaining,
  spokenDueIn,
  spokenRemaining,
  thresholdCrossed,
} from "@/lib/quiz/time-left";
import { useDeadlineKind } from "./deadline-kind";
import styles from "./quiz.module.css";

interface CountdownProps {
  /** Epoch ms of the deadline, on this browser's clock. */
  deadlineMs: number;
  /** The time to show before the first tick (the server's render time), so hydration matches. */
  initialNowMs: number;
  onExpire: () => void;
  /**
   * "time-limit": a clock, "12:04". "due": the assignment's due time in words,
   * "in 6 days", then hours and minutes on the last day. Default: what the
   * page's DeadlineKindProvider says, else "time-limit".
   */
  kind?: DeadlineKind;
}

/**
 * The time left, shown and updated every second: a clock for a time limit,
 * words for a due time. Announced to screen readers only at 5 minutes and 1
 * minute left. Calls onExpire once at the deadline.
 */
export function Countdown({ deadlineMs, initialNowMs, onExpire, kind: givenKind }: CountdownProps) {
  const pageKind = useDeadlineKind();
  const kind = givenKind ?? pageKind;
  const [now, setNow] = useState(initialNowMs);
  const [announcement, setAnnouncement] = useState("");
  const expired = useRef(false);
  const previous = useRef<number | null>(null);
  const onExpireRef = useRef(onExpire);
  onExpireRef.current = onExpire;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      const remaining = deadlineMs - current;
      if (previous.current !== null) {
        const crossed = thresholdCrossed(previous.current, remaining);
        if (crossed) setAnnouncement(crossed);
      }
      previous.current = remaining;
      if (remaining <= 0) {
        if (!expired.current) {
          expired.current = true;
          onExpireRef.current();
        }
        return;
      }
      // Wake just after the next whole second of remaining time.
      timer = setTimeout(tick, (remaining % 1000) + 20);
    };
    tick();
    return () => clearTimeout(timer);
  }, [deadlineMs]);

  const remaining = deadlineMs - now;
  const urgency =
    remaining <= 60_000 ? styles.timerUrgent : remaining <= 300_000 ? styles.timerWarn : "";
  const due = kind === "due";
  return (
    <div className={`${styles.timer} ${urgency}`}>
      <span className={styles.timerLabel}>{due ? "Due" : "Time left"}</span>{" "}
      <span
        className={styles.timerValue}
        role="timer"
        aria-label={
          due ? `Due ${spokenDueIn(remaining)}` : `Time left: ${spokenRemaining(remaining)}`
        }
      >
        {due ? formatDueIn(remaining) : formatRemaining(remaining)}
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
