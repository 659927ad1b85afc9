import type { LoggedReview, ReviewSequence } from "@quizdeck/core/fitting";
import { reviewSequences } from "@quizdeck/core/fitting";
import { learnerDays } from "@quizdeck/core/time";
import {
  type SimulatedStudent,
  simulatedClass,
  simulateStudent,
} from "../../../packages/core/test/support/simulated-student.ts";

/** One learner's history, as the evaluation uses it. */
export interface StudentHistory {
  userId: string;
  classId: string;
  timeZone: string;
  /** The weights the simulation drew for them (null for real data). */
  trueWeights: readonly number[] | null;
  log: LoggedReview[];
  /** Training examples from `log`, in time order of their predicted review. */
  sequences: ReviewSequence[];
}

export const SIMULATION = {
  classes: 4,
  studentsPerClass: 10,
  days: 150,
  cards: 400,
  questions: 120,
  start: new Date("2026-01-05T12:00:00Z"),
  /** Spread of a class's weights around FSRS's defaults, and of its students around the class (log scale). */
  spread: { class: 0.35, student: 0.25 },
  /** The last students of each class join this many days late: new learners in a class with history. */
  lateJoiners: 3,
  joinDay: 70,
};

const DAY = 86_400_000;

export function historyOf(
  student: Pick<SimulatedStudent, "userId" | "timeZone">,
  classId: string,
  log: LoggedReview[],
  trueWeights: readonly number[] | null,
): StudentHistory {
  const days = learnerDays({ timeZone: student.timeZone });
  return {
    userId: student.userId,
    classId,
    timeZone: student.timeZone,
    trueWeights,
    log,
    sequences: reviewSequences(log, () => days),
  };
}

/** The simulated classes of the evaluation, each student's history simulated from the same seed every run. */
export function simulatedHistories(settings = SIMULATION): StudentHistory[] {
  return Array.from({ length: settings.classes }, (_, c) => {
    const classId = `class-${c + 1}`;
    const students = simulatedClass(classId, settings.studentsPerClass, 100 + c, settings.spread);
    return students.map((student, index) => {
      const late = index >= students.length - settings.lateJoiners ? settings.joinDay : 0;
      const log = simulateStudent(student, {
        start: new Date(settings.start.getTime() + late * DAY),
        days: settings.days - late,
        cards: settings.cards,
        questions: settings.questions,
        seed: 7,
      });
      return historyOf(student, classId, log, student.trueWeights);
    });
  }).flat();
}
