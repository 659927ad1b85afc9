/** A teacher's per-student accommodation on an assignment (Moodle's user overrides). */
export interface Accommodation {
  /** Minutes added to the time limit. */
  extraMinutes: number | null;
  /** The time limit multiplied (1.5 = half as long again); applied before extraMinutes. */
  timeMultiplier: number | null;
  extraAttempts: number;
  /** A later due time for this student. */
  dueAt: Date | null;
}

export interface AssignmentTerms {
  dueAt: Date | null;
  attemptsAllowed: number | null;
  timeLimitSeconds: number | null;
}

/** The assignment's due time, attempts and time limit as they apply to one student. */
export function studentTerms(
  assignment: AssignmentTerms,
  accommodation: Accommodation | null,
): AssignmentTerms {
  if (!accommodation) return assignment;
  const { timeLimitSeconds } = assignment;
  return {
    dueAt: accommodation.dueAt ?? assignment.dueAt,
    attemptsAllowed:
      assignment.attemptsAllowed === null
        ? null
        : assignment.attemptsAllowed + accommodation.extraAttempts,
    timeLimitSeconds:
      timeLimitSeconds === null
        ? null
        : Math.round(
            timeLimitSeconds * (accommodation.timeMultiplier ?? 1) +
              (accommodation.extraMinutes ?? 0) * 60,
          ),
  };
}
