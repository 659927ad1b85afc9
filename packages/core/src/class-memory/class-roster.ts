import type { MemorySnapshot, SchedulingOptions } from "../scheduling/index.ts";

/** A student of the class, as the teacher sees them. */
export interface Student {
  id: string;
  name: string;
  /** How this student's memory is counted (time zone, rollover hour, fitted model); defaults otherwise. */
  scheduling?: SchedulingOptions;
}

/** studentId → itemId → the student's memory of that item. A missing entry: never studied. */
export type MemoriesByStudent = ReadonlyMap<string, ReadonlyMap<string, MemorySnapshot>>;

/** studentId → the items the student has recalled at least once. A missing entry: none. */
export type RecalledByStudent = ReadonlyMap<string, ReadonlySet<string>>;

/** The students with repeated ids dropped (the first kept), in the given order. */
export function distinctStudents(students: readonly Student[]): Student[] {
  const seen = new Set<string>();
  const distinct: Student[] = [];
  for (const student of students) {
    if (seen.has(student.id)) continue;
    seen.add(student.id);
    distinct.push(student);
  }
  return distinct;
}

/** By name, then by id: the last tie-break of every list of students, so no order depends on the input's. */
export function compareByName(a: Student, b: Student): number {
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
