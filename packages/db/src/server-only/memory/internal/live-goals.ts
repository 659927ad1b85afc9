import { Prisma } from "../../../generated/prisma/client.ts";

/**
 * `FROM … WHERE …` of the retention goals that bind a student at `now`: the
 * assignments of their current classes (not removed, class not archived) that
 * are open, not closed, and have a goal whose date is still ahead. The same
 * rule as `listRetentionGoals`, in SQL, for the statements that schedule a
 * review and preview one. The assignment is aliased `s`.
 */
export function liveGoalsOf(studentId: string, now: Date): Prisma.Sql {
  return Prisma.sql`
    FROM "assignment" s
    JOIN "class" c ON c."id" = s."classId" AND c."archivedAt" IS NULL
    JOIN "enrollment" e ON e."classId" = s."classId" AND e."studentId" = ${studentId}
                       AND e."removedAt" IS NULL
   WHERE s."retentionTarget" IS NOT NULL AND s."retentionUntil" > ${now}
     AND s."closedAt" IS NULL AND s."opensAt" <= ${now}`;
}
