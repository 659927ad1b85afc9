import { RATING_LABELS, type ReviewRating } from "@quizdeck/core/scheduling";
import Link from "next/link";
import { formatPercent } from "@/lib/format";
import styles from "./progress.module.css";
import { formatWhen } from "./series-text";

export interface AnswerHistoryEntry {
  id: string;
  questionId: string;
  /** The question's prompt as taken; null: no longer in the bank. */
  prompt: string | null;
  score: number;
  answeredAt: Date;
  attemptId: string;
  attemptSubmitted: boolean;
  assignment: { id: string; title: string } | null;
}

export interface ReviewHistoryEntry {
  id: string;
  flashcardId: string;
  /** The card's front; null: no longer in the bank, or a teacher's card no longer assigned. */
  front: string | null;
  rating: number;
  reviewedAt: Date;
}

/** "100% — right", "50% — partly right", "0% — wrong": the score in words too. */
export function scoreText(score: number): string {
  const verdict = score >= 1 ? "right" : score <= 0 ? "wrong" : "partly right";
  return `${formatPercent(score)} — ${verdict}`;
}

export function AnswerHistoryTable({
  answers,
  timeZone,
}: {
  answers: readonly AnswerHistoryEntry[];
  timeZone: string;
}) {
  return (
    <div className="table-scroll">
      <table className={styles.history}>
        <caption>Your answers, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Question</th>
            <th scope="col">Score</th>
            <th scope="col">Attempt</th>
          </tr>
        </thead>
        <tbody>
          {answers.map((answer) => {
            const name = answer.assignment?.title ?? "Practice quiz";
            return (
              <tr key={answer.id}>
                <td className={styles.when} data-label="When">
                  <time dateTime={answer.answeredAt.toISOString()}>
                    {formatWhen(answer.answeredAt, timeZone)}
                  </time>
                </td>
                <td data-label="Question">
                  {answer.prompt ?? (
                    <span className="muted">This question is no longer in the bank.</span>
                  )}
                </td>
                <td className={styles.score} data-label="Score">
                  {scoreText(answer.score)}
                </td>
                <td data-label="Attempt">
                  {answer.attemptSubmitted ? (
                    <Link href={`/attempts/${answer.attemptId}/results`}>{name} results</Link>
                  ) : (
                    <Link href={`/attempts/${answer.attemptId}`}>
                      Continue {answer.assignment?.title ?? "practice quiz"}
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function ReviewHistoryTable({
  reviews,
  timeZone,
}: {
  reviews: readonly ReviewHistoryEntry[];
  timeZone: string;
}) {
  return (
    <div className="table-scroll">
      <table className={styles.history}>
        <caption>Your card reviews, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Card</th>
            <th scope="col">Rating</th>
          </tr>
        </thead>
        <tbody>
          {reviews.map((review) => (
            <tr key={review.id}>
              <td className={styles.when} data-label="When">
                <time dateTime={review.reviewedAt.toISOString()}>
                  {formatWhen(review.reviewedAt, timeZone)}
                </time>
              </td>
              <td data-label="Card">
                {review.front ?? (
                  <span className="muted">This card is no longer available to you.</span>
                )}
              </td>
              <td data-label="Rating">
                {RATING_LABELS[review.rating as ReviewRating] ?? review.rating}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
