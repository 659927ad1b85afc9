import { getDb } from "@quizdeck/db";
import { idField } from "@quizdeck/db/fields";
import { getClassGradebook } from "@quizdeck/db/gradebook";
import { z } from "zod";
import { gradebookCsv } from "@/lib/teacher/gradebook-csv";
import { downloadResponse } from "@/server/http/download";
import { defineRoute } from "@/server/route/define-route";

/** The class's gradebook as CSV, for its own teacher. */
export const GET = defineRoute({
  access: "teacher",
  params: z.object({ classId: idField("That class") }),
  rateLimit: "download",
  async handle({ user, params }) {
    const book = await getClassGradebook(getDb(), { teacherId: user.id, classId: params.classId });
    const slug = book.class.name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "class";
    return downloadResponse(gradebookCsv(book), `gradebook-${slug}.csv`, "text/csv; charset=utf-8");
  },
});
