-- CreateEnum
CREATE TYPE "ParameterSource" AS ENUM ('student', 'class', 'default');

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "timeZone" TEXT;

-- CreateTable
CREATE TABLE "memory_model" (
    "userId" TEXT NOT NULL,
    "source" "ParameterSource" NOT NULL DEFAULT 'default',
    "weights" DOUBLE PRECISION[] DEFAULT ARRAY[]::DOUBLE PRECISION[],
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "classId" TEXT,
    "fittedAt" TIMESTAMP(3),
    "chosenAt" TIMESTAMP(3),
    "desiredRetention" DOUBLE PRECISION,
    "reviewsSinceFit" INTEGER NOT NULL DEFAULT 0,
    "lastReviewAt" TIMESTAMP(3),
    "forecast" JSONB,

    CONSTRAINT "memory_model_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "memory_fit" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "classId" TEXT,
    "weights" DOUBLE PRECISION[],
    "reviews" INTEGER NOT NULL,
    "sequences" INTEGER NOT NULL,
    "fittedAt" TIMESTAMP(3) NOT NULL,
    "logLoss" DOUBLE PRECISION,
    "rmseBins" DOUBLE PRECISION,
    "defaultLogLoss" DOUBLE PRECISION,
    "defaultRmseBins" DOUBLE PRECISION,
    "calibration" JSONB,

    CONSTRAINT "memory_fit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "memory_fit_job" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "classId" TEXT,
    "reason" TEXT NOT NULL,
    "runAfter" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),
    "lockedBy" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "memory_fit_job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "worker_lease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "sweptAt" TIMESTAMP(3),

    CONSTRAINT "worker_lease_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "memory_model_classId_idx" ON "memory_model"("classId");

-- CreateIndex
CREATE UNIQUE INDEX "memory_fit_userId_key" ON "memory_fit"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "memory_fit_classId_key" ON "memory_fit"("classId");

-- CreateIndex
CREATE UNIQUE INDEX "memory_fit_job_userId_key" ON "memory_fit_job"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "memory_fit_job_classId_key" ON "memory_fit_job"("classId");

-- CreateIndex
CREATE INDEX "memory_fit_job_runAfter_idx" ON "memory_fit_job"("runAfter");

-- AddForeignKey
ALTER TABLE "memory_model" ADD CONSTRAINT "memory_model_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memory_model" ADD CONSTRAINT "memory_model_classId_fkey" FOREIGN KEY ("classId") REFERENCES "class"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memory_fit" ADD CONSTRAINT "memory_fit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memory_fit" ADD CONSTRAINT "memory_fit_classId_fkey" FOREIGN KEY ("classId") REFERENCES "class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memory_fit_job" ADD CONSTRAINT "memory_fit_job_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memory_fit_job" ADD CONSTRAINT "memory_fit_job_classId_fkey" FOREIGN KEY ("classId") REFERENCES "class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

