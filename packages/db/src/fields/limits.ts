/**
 * The size rules of every field people and clients send, in one place. Plain
 * numbers only: browser code imports this file for `maxLength` and counters
 * without pulling in zod.
 */
export const LIMITS = {
  /** A person's display name. */
  personNameMax: 80,
  /** RFC 5321's longest address. */
  emailMax: 254,
  passwordMin: 8,
  passwordMax: 128,
  classNameMax: 80,
  assignmentTitleMax: 120,
  joinCodeLength: 7,
  /** Longer than any id this app makes: anything longer is not one of ours. */
  idMax: 100,
  /** A question as the client names it: a bank id or an attempt's opaque reference. */
  questionRefMax: 200,
  clientIdMin: 8,
  clientIdMax: 100,
  revisionMax: 10_000,
  /** A tab left open overnight is clamped to this, not refused. */
  timeSpentMaxMs: 6 * 60 * 60 * 1000,
  attemptsAllowedMax: 50,
  timeLimitMinutesMax: 600,
  retentionPercentMin: 70,
  retentionPercentMax: 99,
  /** The recall a learner may aim for on their own (a teacher's goal can ask for more). */
  desiredRetentionPercentMin: 80,
  desiredRetentionPercentMax: 95,
  /** Longer than any IANA zone name ("America/Argentina/ComodRivadavia" is 32). */
  timeZoneMax: 64,
  assignmentQuestionsMax: 200,
  accommodationExtraMinutesMax: 600,
  accommodationMultiplierMax: 4,
  accommodationExtraAttemptsMax: 20,
  assignmentFlashcardsMax: 500,
  /** A teacher's source text, as pasted or uploaded (a long article is some 60,000). */
  sourceTitleMax: 200,
  sourceAuthorMax: 200,
  sourceTextMax: 200_000,
  librarySetTitleMax: 120,
  librarySetDescriptionMax: 1_000,
  librarySectionTitleMax: 120,
  librarySectionsMax: 20,
  /** A question's or card's JSON as the authoring form sends it. */
  libraryItemJsonMax: 50_000,
  /** A file to import; sent base64-encoded in a server action, whose body is at most 1 MB. */
  importFileBytesMax: 600 * 1024,
  importFileNameMax: 200,
  /** Items in one file to import (read, kept for the preview, then saved in one transaction). */
  importItemsMax: 1_000,
} as const;
