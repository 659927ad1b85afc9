import { Suspense } from "react";
import { Countdown } from "./lazy-parts";
import styles from "./quiz.module.css";

interface QuizBarProps {
  title: string;
  answeredCount: number;
  total: number;
  /** Epoch ms on this browser's clock, or null without a time limit. */
  deadlineMs: number | null;
  /** The server's clock when the page was rendered (epoch ms). */
  renderedAtMs: number;
  onExpire: () => void;
  /** What happened to the answers: announced politely as it changes. */
  saveStatus: string;
  /** True when this browser cannot keep unsent answers over a closed page. */
  memoryOnly: boolean;
}

/** The top of the player: title, progress, time left and the save status. */
export function QuizBar(props: QuizBarProps) {
  return (
    <div className={styles.quizBar}>
      <h1 className={styles.title}>{props.title}</h1>
      <div className={styles.barRow}>
        <div className={styles.progress}>
          <label htmlFor="quiz-progress">
            {props.answeredCount} of {props.total} answered
          </label>
          <progress id="quiz-progress" max={props.total} value={props.answeredCount} />
        </div>
        {props.deadlineMs !== null ? (
          <Suspense fallback={null}>
            <Countdown
              deadlineMs={props.deadlineMs}
              initialNowMs={props.renderedAtMs}
              onExpire={props.onExpire}
            />
          </Suspense>
        ) : null}
      </div>
      <p className={styles.saveStatus} role="status" aria-live="polite" aria-atomic="true">
        {props.saveStatus}
      </p>
      {props.memoryOnly ? (
        <p className="notice">
          This browser cannot keep unsent answers if you close the page. Stay on this page until the
          status says “All answers saved”.
        </p>
      ) : null}
    </div>
  );
}
