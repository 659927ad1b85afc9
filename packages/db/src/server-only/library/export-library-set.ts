import { article as bundledArticle } from "@quizdeck/content/article";
import type { Article, Bank, Flashcard, Question, QuestionSet } from "@quizdeck/content/schema";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { storedStructure } from "./internal/check-structure.ts";
import { drawPoolsOf } from "./internal/draw-pools.ts";
import { requireOwnSet } from "./internal/require-own.ts";
import { resolveRefs } from "./internal/resolve-refs.ts";
import { sourceArticle } from "./internal/source-article.ts";

const exportLibrarySetSchema = z.object({ teacherId: z.string().min(1), setId: z.string().min(1) });

/**
 * One of the teacher's sets in the bank's shape, for the exporters of
 * `@quizdeck/content/export` (JSON, GIFT, Moodle XML, Anki, QTI 3.0): its
 * questions and cards as they stand (library items at their latest version,
 * their ids the version ids), one set with its sections as draw pools where a
 * section draws, and as `source` the article or teacher source they quote
 * (when they quote several, a note naming them).
 */
export async function exportLibrarySet(db: Db, options: z.input<typeof exportLibrarySetSchema>) {
  const { teacherId, setId } = parseInput(exportLibrarySetSchema, options);
  const set = await requireOwnSet(db, teacherId, setId);
  const resolved = await resolveRefs(db, teacherId, storedStructure(set.sections, set.flashcards));
  const entries = [
    ...resolved.sections.flatMap((section) => section.questions),
    ...resolved.flashcards,
  ];
  const sourceIds = [...new Set(entries.map((entry) => entry.library?.sourceId ?? null))];
  const questions = resolved.sections.flatMap((section) =>
    section.questions.map((entry) => entry.content as Question),
  );
  const draw = drawPoolsOf(resolved.sections);
  const exported: QuestionSet = {
    id: `s-${set.id}`,
    title: set.title,
    description: set.description || set.title,
    questionIds: questions.map((question) => question.id),
    flashcardIds: resolved.flashcards.map((entry) => entry.id),
    ...(draw ? { draw } : {}),
  };
  const bank: Bank = {
    source: await exportSource(db, teacherId, sourceIds, set.title),
    questions,
    flashcards: resolved.flashcards.map((entry) => entry.content as Flashcard),
    sets: [exported],
  };
  return { title: set.title, setId: exported.id, bank };
}

async function exportSource(
  db: Db,
  teacherId: string,
  sourceIds: (string | null)[],
  setTitle: string,
): Promise<Article> {
  if (sourceIds.length === 0 || (sourceIds.length === 1 && sourceIds[0] === null)) {
    return bundledArticle;
  }
  const ids = sourceIds.filter((id): id is string => id !== null);
  const sources = await db.librarySource.findMany({
    where: { id: { in: ids }, teacherId },
    select: { title: true, article: true },
  });
  const only = sources[0];
  if (sourceIds.length === 1 && only) return sourceArticle(only.article);
  const titles = [
    ...(sourceIds.includes(null) ? [`“${bundledArticle.title}” by ${bundledArticle.author}`] : []),
    ...sources.map((source) => `“${source.title}”`),
  ];
  return {
    title: `Sources of “${setTitle}”`,
    author: "Several authors",
    publisher: "A teacher's library in quizdeck",
    attribution: `The questions quote: ${titles.join("; ")}.`,
    paragraphs: [{ id: "p01", text: `The questions quote: ${titles.join("; ")}.`, kind: "body" }],
  };
}
