import "server-only";
import { article } from "@quizdeck/content/article";
import { getDb } from "@quizdeck/db";
import { getSource, listSources } from "@quizdeck/db/library";
import type { EditorSource } from "@/components/library/question-editor";

/**
 * The sources a teacher can quote from: the bundled article, then their own,
 * newest first, and which one the editor opens with. Only that one comes with
 * its text; the editor asks for another's when the teacher picks it
 * (GET /api/library/sources/[sourceId]), so the page does not carry every
 * source's text.
 */
export async function editorSources(
  teacherId: string,
  wanted: string | null,
): Promise<{ sources: EditorSource[]; selectedId: string | null }> {
  const db = getDb();
  const own = await listSources(db, { teacherId });
  const selectedId = own.find((source) => source.id === wanted)?.id ?? null;
  const selected = selectedId
    ? await getSource(db, { userId: teacherId, sourceId: selectedId })
    : null;
  return {
    sources: [
      { id: null, title: article.title, article },
      ...own.map((source) => ({
        id: source.id,
        title: source.title,
        article: source.id === selected?.id ? selected.article : null,
      })),
    ],
    selectedId,
  };
}
