import { describe, expect, it } from "vitest";
import { sortGradebookRows } from "./sort-gradebook";

const row = (name: string, best: number | null) => ({ student: { name }, cells: { a: { best } } });
const rows = [row("Bo", 0.5), row("Al", null), row("Cy", 0.9), row("Di", 0.5)];
const names = (list: { student: { name: string } }[]) => list.map((r) => r.student.name);

describe("sortGradebookRows", () => {
  it("sorts by name either way", () => {
    expect(names(sortGradebookRows(rows, "name", "asc"))).toEqual(["Al", "Bo", "Cy", "Di"]);
    expect(names(sortGradebookRows(rows, "name", "desc"))).toEqual(["Di", "Cy", "Bo", "Al"]);
  });

  it("sorts by an assignment's best score, missing scores last, ties by name", () => {
    expect(names(sortGradebookRows(rows, "a", "desc"))).toEqual(["Cy", "Bo", "Di", "Al"]);
    expect(names(sortGradebookRows(rows, "a", "asc"))).toEqual(["Bo", "Di", "Cy", "Al"]);
  });
});
