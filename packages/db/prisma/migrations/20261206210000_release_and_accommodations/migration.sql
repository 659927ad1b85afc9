-- CreateEnum
CREATE TYPE "AnswerRelease" AS ENUM ('after_each_answer', 'after_each_attempt', 'after_last_attempt', 'after_due', 'on_date', 'never');

-- CreateEnum
CREATE TYPE "ScoreRelease" AS ENUM ('after_each_attempt', 'after_due', 'on_date', 'never');

-- AlterTable
ALTER TABLE "assignment" ADD COLUMN     "answerRelease" "AnswerRelease" NOT NULL DEFAULT 'after_due',
ADD COLUMN     "answersReleaseAt" TIMESTAMP(3),
ADD COLUMN     "scoreRelease" "ScoreRelease" NOT NULL DEFAULT 'after_each_attempt',
ADD COLUMN     "scoreReleaseAt" TIMESTAMP(3);

-- Existing assignments keep what they did: immediate feedback released each answer,
-- feedback after submitting released the answers with the submission.
UPDATE "assignment" SET "answerRelease" = CASE "feedbackMode"
  WHEN 'immediate' THEN 'after_each_answer'::"AnswerRelease"
  ELSE 'after_each_attempt'::"AnswerRelease" END;

ALTER TABLE "assignment" DROP COLUMN "feedbackMode";

-- AlterTable
ALTER TABLE "attempt" ADD COLUMN     "answersVisibleAt" TIMESTAMP(3),
ADD COLUMN     "scoreVisibleAt" TIMESTAMP(3);

-- What each attempt showed until now: immediate feedback from the start, the rest on submission.
UPDATE "attempt" SET
  "answersVisibleAt" = CASE WHEN "feedbackMode" = 'immediate' THEN "startedAt" ELSE "submittedAt" END,
  "scoreVisibleAt" = "submittedAt";

-- CreateTable
CREATE TABLE "accommodation" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "extraMinutes" INTEGER,
    "timeMultiplier" DOUBLE PRECISION,
    "extraAttempts" INTEGER NOT NULL DEFAULT 0,
    "dueAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "accommodation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "accommodation_assignmentId_studentId_key" ON "accommodation"("assignmentId", "studentId");

-- AddForeignKey
ALTER TABLE "accommodation" ADD CONSTRAINT "accommodation_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accommodation" ADD CONSTRAINT "accommodation_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

