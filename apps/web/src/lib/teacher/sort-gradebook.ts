export type GradebookSortDirection = "asc" | "desc";

interface Row {
  student: { name: string };
  cells: Record<string, { best: number | null } | undefined>;
}

/**
 * Sorts gradebook rows by student name or by best score on one assignment.
 * Students with no score sort last in either direction; ties fall back to name.
 */
export function sortGradebookRows<T extends Row>(
  rows: readonly T[],
  key: string,
  direction: GradebookSortDirection,
): T[] {
  const sign = direction === "asc" ? 1 : -1;
  const byName = (a: T, b: T) => a.student.name.localeCompare(b.student.name);
  if (key === "name") return [...rows].sort((a, b) => sign * byName(a, b));
  return [...rows].sort((a, b) => {
    const left = a.cells[key]?.best ?? null;
    const right = b.cells[key]?.best ?? null;
    if (left === null && right === null) return byName(a, b);
    if (left === null) return 1;
    if (right === null) return -1;
    return left === right ? byName(a, b) : sign * (left - right);
  });
}
