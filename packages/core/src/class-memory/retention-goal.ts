import { hasStudied } from "../scheduling/index.ts";
import {
  compareByName,
  distinctStudents,
  type MemoriesByStudent,
  type RecalledByStudent,
  type Student,
} from "./class-roster.ts";
import { predictedRecall, reachesThreshold } from "./studied-recall.ts";

/** In the order a teacher should look at them. */
export const RETENTION_STATUSES = ["behind", "at-risk", "on-track"] as const;
export type RetentionStatus = (typeof RETENTION_STATUSES)[number];

/** One student's standing against the goal. */
export interface StudentRetention {
  studentId: string;
  name: string;
  /** Cards of the goal they have studied. */
  studiedCards: number;
  /** Mean predicted recall over all the goal's cards now (unstudied = 0). */
  recallNow: number;
  /** The same at the goal date, if they do no more reviews. */
  recallAtGoalDate: number;
  status: RetentionStatus;
}

export interface RetentionGoalProgress {
  target: number;
  /** The goal date. */
  until: Date;
  /** Distinct cards of the goal. */
  cards: number;
  /** Behind first, then at risk, then on track; lowest recall at the goal date first within each; then by name. */
  students: StudentRetention[];
  onTrack: number;
  atRisk: number;
  behind: number;
}

export interface RetentionGoalInput {
  students: readonly Student[];
  /** The flashcards of the assignment. */
  cardIds: readonly string[];
  memories: MemoriesByStudent;
  recalled: RecalledByStudent;
  /** Keep predicted recall ≥ target, in [0, 1] ... */
  target: number;
  /** ... until this date. */
  until: Date;
  /** Now. */
  at: Date;
}

/**
 * Progress towards "keep ≥ target predicted recall of these cards until D".
 * Per student, over the goal's n distinct cards, with R the FSRS retrievability
 * and a card unstudied or never recalled counting as 0 (`predictedRecall`):
 *
 *   recallNow       = Σ R(card, at) / n
 *   recallAtGoalDate = Σ R(card, D) / n   (no more reviews before D)
 *
 * status: "behind" when recallNow < target; else "on-track" when
 * recallAtGoalDate ≥ target; else "at-risk" (fine now, but forgetting will take
 * them below the target before D unless they review). Comparisons round to 9
 * decimals. Once D is past (D ≤ at) it is evaluated at `at`: the goal's last
 * day is over, and recall cannot be predicted backwards. With no cards the goal
 * holds trivially: recall 1 and "on-track" for all.
 * O(students · cards).
 */
export function retentionGoalProgress({
  students,
  cardIds,
  memories,
  recalled,
  target,
  until,
  at,
}: RetentionGoalInput): RetentionGoalProgress {
  const cards = [...new Set(cardIds)];
  const goalDate = until.getTime() > at.getTime() ? until : at;

  const standings = distinctStudents(students).map((student): StudentRetention => {
    const memoriesOfStudent = memories.get(student.id);
    const recalledByStudent = recalled.get(student.id);
    let studiedCards = 0;
    let sumNow = 0;
    let sumAtGoalDate = 0;
    for (const cardId of cards) {
      const memory = memoriesOfStudent?.get(cardId);
      if (!hasStudied(memory)) continue;
      studiedCards += 1;
      const recalledOnce = recalledByStudent?.has(cardId) ?? false;
      sumNow += predictedRecall(memory, recalledOnce, at, student.scheduling);
      sumAtGoalDate += predictedRecall(memory, recalledOnce, goalDate, student.scheduling);
    }
    const recallNow = cards.length > 0 ? sumNow / cards.length : 1;
    const recallAtGoalDate = cards.length > 0 ? sumAtGoalDate / cards.length : 1;
    const status: RetentionStatus = !reachesThreshold(recallNow, target)
      ? "behind"
      : reachesThreshold(recallAtGoalDate, target)
        ? "on-track"
        : "at-risk";
    return {
      studentId: student.id,
      name: student.name,
      studiedCards,
      recallNow,
      recallAtGoalDate,
      status,
    };
  });

  standings.sort(
    (a, b) =>
      RETENTION_STATUSES.indexOf(a.status) - RETENTION_STATUSES.indexOf(b.status) ||
      a.recallAtGoalDate - b.recallAtGoalDate ||
      compareByName({ id: a.studentId, name: a.name }, { id: b.studentId, name: b.name }),
  );

  const count = (status: RetentionStatus) =>
    standings.filter((standing) => standing.status === status).length;
  return {
    target,
    until,
    cards: cards.length,
    students: standings,
    onTrack: count("on-track"),
    atRisk: count("at-risk"),
    behind: count("behind"),
  };
}
