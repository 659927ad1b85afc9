import type { StudentRelease } from "@quizdeck/core/release";
import { formatDateTime } from "@/lib/format";

/** When the student sees the correct answers and explanations, in words ("after the due date, 12 May, 09:00"). */
export function answersShownText(release: StudentRelease, timeZone: string): string {
  switch (release.answerRelease) {
    case "after_each_answer":
      return "Answers and explanations are shown after each answer.";
    case "after_each_attempt":
      return "Answers and explanations are shown when you submit an attempt.";
    case "after_last_attempt":
      return release.attemptsAllowed === null
        ? "Answers and explanations are shown when your teacher closes the assignment."
        : `Answers and explanations are shown after your last attempt (${release.attemptsAllowed} allowed), or when your teacher closes the assignment.`;
    case "after_due":
      return release.dueAt
        ? `Answers and explanations are shown after the due date, ${formatDateTime(release.dueAt, timeZone)}.`
        : "Answers and explanations are shown when your teacher closes the assignment.";
    case "on_date":
      return release.answersReleaseAt
        ? `Answers and explanations are shown on ${formatDateTime(release.answersReleaseAt, timeZone)}.`
        : "Answers and explanations are not shown yet.";
    case "never":
      return "Your teacher does not show the answers of this assignment.";
  }
}

/** When the student sees their score, in words. */
export function scoreShownText(release: StudentRelease, timeZone: string): string {
  switch (release.scoreRelease) {
    case "after_each_attempt":
      return "Your score is shown when you submit.";
    case "after_due":
      return release.dueAt
        ? `Your score is shown after the due date, ${formatDateTime(release.dueAt, timeZone)}.`
        : "Your score is shown when your teacher closes the assignment.";
    case "on_date":
      return release.scoreReleaseAt
        ? `Your score is shown on ${formatDateTime(release.scoreReleaseAt, timeZone)}.`
        : "Your score is not shown yet.";
    case "never":
      return "Your teacher does not show scores for this assignment.";
  }
}
