import { describe, expect, it } from "vitest";
import { currentLink } from "./current-link";

describe("currentLink", () => {
  const teacher = ["/teach", "/teach/export", "/practice", "/article"];

  it("marks one section, the closest one", () => {
    expect(currentLink(teacher, "/teach/export")).toBe("/teach/export");
    expect(currentLink(teacher, "/teach")).toBe("/teach");
    expect(currentLink(teacher, "/teach/classes/c1/gradebook")).toBe("/teach");
    expect(currentLink(teacher, "/practice")).toBe("/practice");
  });

  it("marks none outside every section, and never a mere prefix", () => {
    expect(currentLink(teacher, "/home")).toBeNull();
    expect(currentLink(teacher, "/teacher-lounge")).toBeNull();
  });
});
