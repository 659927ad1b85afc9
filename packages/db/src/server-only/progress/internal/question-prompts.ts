import { findQuestion } from "@quizdeck/content/bank";
import type { Db } from "../../../client/create-prisma-client.ts";
import { libraryQuestion } from "../../library/internal/library-content.ts";
import { isLibraryVersionId } from "../../library/internal/version-id.ts";

/**
 * The prompt of each question id a learner answered: the bank's, or the
 * teacher's question version they took (one query for those). An id that
 * names nothing any more is left out.
 */
export async function questionPrompts(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const prompts = new Map<string, string>();
  const versionIds = [...new Set(ids.filter(isLibraryVersionId))];
  for (const id of ids) {
    const question = isLibraryVersionId(id) ? undefined : findQuestion(id);
    if (question) prompts.set(id, question.prompt);
  }
  if (versionIds.length > 0) {
    const versions = await db.libraryItemVersion.findMany({
      where: { id: { in: versionIds } },
      select: { id: true, content: true },
    });
    for (const version of versions)
      prompts.set(version.id, libraryQuestion(version.content).prompt);
  }
  return prompts;
}
