/**
 * The form's labels by field name: each field is labelled with these, and the
 * summary of fields to fix names them the same way. The use case's name for
 * the goal (`retentionTarget`, a share) is the percent field's.
 */
export const ASSIGNMENT_LABELS = {
  title: "Title",
  setId: "Question set",
  librarySetId: "Your set",
  questionIds: "Picked questions",
  opensAt: "Opens",
  dueAt: "Due",
  attemptsAllowed: "Attempts allowed",
  timeLimitMinutes: "Time limit in minutes",
  answerRelease: "Correct answers and explanations",
  answersReleaseAt: "Answers shown on",
  scoreRelease: "Scores",
  scoreReleaseAt: "Scores shown on",
  retentionPercent: "Keep predicted recall at least (%)",
  retentionTarget: "Keep predicted recall at least (%)",
  retentionUntil: "Keep it until",
} as const;
