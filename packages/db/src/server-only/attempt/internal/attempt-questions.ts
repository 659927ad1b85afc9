import { findQuestion } from "@quizdeck/content/bank";
import type { Question } from "@quizdeck/content/schema";
import type { SqlTx } from "../../../transaction.ts";
import { loadBank } from "../../content/load-bank.ts";
import { libraryQuestion } from "../../library/internal/library-content.ts";
import { isLibraryVersionId } from "../../library/internal/version-id.ts";

/** A question of an attempt, as it was taken. */
export interface AttemptQuestion {
  question: Question;
  /** The teacher's source its evidence quotes; null: the bundled article. */
  source: { id: string; title: string } | null;
  /** For a teacher's question: its library item and the version taken. */
  version: { itemId: string; number: number } | null;
}

interface VersionRow {
  id: string;
  itemId: string;
  number: number;
  content: unknown;
  frozenAt: Date | null;
  sourceId: string | null;
  sourceTitle: string | null;
}

/**
 * Library versions an attempt can hold never change once assigned (frozen), so
 * each is read once per process. Bounded: past the cap the oldest half goes.
 */
const versions = new Map<string, AttemptQuestion>();
const CACHE_CAP = 20_000;

/**
 * The questions an attempt or assignment holds, by id: bank ids from the bank
 * it was made against (no query), teacher question versions from the cache or
 * else in one query by primary key. An id that names nothing is left out. Raw
 * statements only, so the answer save can run it in its transaction on the driver.
 */
export async function attemptQuestions(
  db: SqlTx,
  contentVersion: string,
  ids: readonly string[],
): Promise<Map<string, AttemptQuestion>> {
  const found = new Map<string, AttemptQuestion>();
  const missing: string[] = [];
  let bank: Awaited<ReturnType<typeof loadBank>> | null = null;
  for (const id of ids) {
    if (isLibraryVersionId(id)) {
      const cached = versions.get(id);
      if (cached) found.set(id, cached);
      else missing.push(id);
      continue;
    }
    bank ??= await loadBank(db, contentVersion);
    const question = bank.questions.find((candidate) => candidate.id === id) ?? findQuestion(id);
    if (question) found.set(id, { question, source: null, version: null });
  }
  if (missing.length > 0) {
    // One statement, the source joined in: this can run on the answer path.
    const rows = await db.$queryRaw<VersionRow[]>`
      SELECT v.id, v."itemId", v.number, v.content, v."frozenAt",
             s.id AS "sourceId", s.title AS "sourceTitle"
        FROM "library_item_version" v
        LEFT JOIN "library_source" s ON s.id = v."sourceId"
       WHERE v.id = ANY(${missing})`;
    for (const row of rows) {
      const entry: AttemptQuestion = {
        question: libraryQuestion(
          typeof row.content === "string" ? JSON.parse(row.content) : row.content,
        ),
        source:
          row.sourceId && row.sourceTitle ? { id: row.sourceId, title: row.sourceTitle } : null,
        version: { itemId: row.itemId, number: row.number },
      };
      found.set(row.id, entry);
      if (row.frozenAt) remember(row.id, entry);
    }
  }
  return found;
}

/** One question of an attempt (the answer path): see attemptQuestions. */
export async function attemptQuestion(
  db: SqlTx,
  contentVersion: string,
  id: string,
): Promise<AttemptQuestion | null> {
  return (await attemptQuestions(db, contentVersion, [id])).get(id) ?? null;
}

function remember(id: string, entry: AttemptQuestion) {
  if (versions.size >= CACHE_CAP) {
    for (const key of [...versions.keys()].slice(0, CACHE_CAP / 2)) versions.delete(key);
  }
  versions.set(id, entry);
}
