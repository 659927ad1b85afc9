import { DataError, getDb } from "@quizdeck/db";
import { getClassGradebook } from "@quizdeck/db/server-only/gradebook/get-class-gradebook";
import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/http/json-error";
import { getCurrentUser } from "@/lib/session";
import { gradebookCsv } from "@/lib/teacher/gradebook-csv";

export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ classId: string }> },
) {
  const { classId } = await params;
  const user = await getCurrentUser();
  if (!user) return jsonError(401, "UNAUTHENTICATED", "Sign in to download the gradebook.");
  try {
    const book = await getClassGradebook(getDb(), { teacherId: user.id, classId });
    const filename = `gradebook-${book.class.name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "class"}.csv`;
    return new Response(gradebookCsv(book), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="gradebook.csv"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    // Another teacher's class is reported as missing: its existence is not revealed.
    if (error instanceof DataError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) {
      return jsonError(404, "NOT_FOUND", "That class does not exist.");
    }
    throw error;
  }
}
