-- AlterTable
ALTER TABLE "assignment" ADD COLUMN     "draw" JSONB;

