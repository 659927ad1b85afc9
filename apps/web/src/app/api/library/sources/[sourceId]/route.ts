import { getDb } from "@quizdeck/db";
import { NotFoundError } from "@quizdeck/db/errors";
import { idField } from "@quizdeck/db/fields";
import { getSource } from "@quizdeck/db/library";
import { z } from "zod";
import { defineRoute } from "@/server/route/define-route";

/**
 * One of the teacher's own sources, its paragraphs included: the question
 * editor asks for it when the teacher picks the source to quote from. Another
 * teacher's source is not found.
 */
export const GET = defineRoute({
  access: "teacher",
  params: z.object({ sourceId: idField("That source") }),
  rateLimit: "source-text",
  async handle({ user, params }) {
    const source = await getSource(getDb(), { userId: user.id, sourceId: params.sourceId });
    // Quoted from only by its owner (others may read it in the reader when it is theirs to see).
    if (source.coverage === null) throw new NotFoundError("That source does not exist.");
    return { id: source.id, title: source.title, article: source.article };
  },
});
