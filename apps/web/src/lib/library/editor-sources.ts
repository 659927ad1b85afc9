import "server-only";
import { article } from "@quizdeck/content/article";
import { getDb } from "@quizdeck/db";
import { listSources } from "@quizdeck/db/library";
import type { EditorSource } from "@/components/library/question-editor";

/** The sources a teacher can quote from: the bundled article, then their own, newest first. */
export async function editorSources(teacherId: string): Promise<EditorSource[]> {
  const own = await listSources(getDb(), { teacherId });
  return [
    { id: null, title: article.title, article },
    ...own.map((source) => ({ id: source.id, title: source.title, article: source.article })),
  ];
}
