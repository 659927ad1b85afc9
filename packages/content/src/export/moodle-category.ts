import type { ExportScope } from "./export-scope.ts";

/** The parent of every category quizdeck exports create in Moodle's question bank. */
export const MOODLE_CATEGORY_ROOT = "top/quizdeck";

/**
 * The Moodle question category an export imports into: top/quizdeck/<set id>, or
 * top/quizdeck/bank for the whole bank. Written without a "$course$"-style context
 * prefix, so Moodle creates it in the question bank the teacher imports into.
 */
export function moodleCategoryPath(scope: ExportScope): string {
  return `${MOODLE_CATEGORY_ROOT}/${scope.set?.id ?? "bank"}`;
}
