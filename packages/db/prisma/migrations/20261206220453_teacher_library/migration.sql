-- CreateEnum
CREATE TYPE "SourceFormat" AS ENUM ('text', 'markdown', 'html');

-- CreateEnum
CREATE TYPE "LibraryItemKind" AS ENUM ('question', 'flashcard');

-- AlterTable
ALTER TABLE "assignment" ADD COLUMN     "librarySetId" TEXT;

-- CreateTable
CREATE TABLE "library_source" (
    "id" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "format" "SourceFormat" NOT NULL,
    "raw" TEXT NOT NULL,
    "article" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "library_source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "library_item" (
    "id" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "kind" "LibraryItemKind" NOT NULL,
    "origin" TEXT NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "library_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "library_item_version" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "sourceId" TEXT,
    "content" JSONB NOT NULL,
    "frozenAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "library_item_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "library_set" (
    "id" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sections" JSONB NOT NULL,
    "flashcards" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "library_set_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "library_import" (
    "id" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "savedAt" TIMESTAMP(3),

    CONSTRAINT "library_import_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "library_source_teacherId_idx" ON "library_source"("teacherId");

-- CreateIndex
CREATE INDEX "library_item_teacherId_kind_idx" ON "library_item"("teacherId", "kind");

-- CreateIndex
CREATE INDEX "library_item_version_sourceId_idx" ON "library_item_version"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "library_item_version_itemId_number_key" ON "library_item_version"("itemId", "number");

-- CreateIndex
CREATE INDEX "library_set_teacherId_idx" ON "library_set"("teacherId");

-- CreateIndex
CREATE INDEX "library_import_teacherId_idx" ON "library_import"("teacherId");

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_librarySetId_fkey" FOREIGN KEY ("librarySetId") REFERENCES "library_set"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "library_source" ADD CONSTRAINT "library_source_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "library_item" ADD CONSTRAINT "library_item_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "library_item_version" ADD CONSTRAINT "library_item_version_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "library_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "library_item_version" ADD CONSTRAINT "library_item_version_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "library_source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "library_set" ADD CONSTRAINT "library_set_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "library_import" ADD CONSTRAINT "library_import_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

