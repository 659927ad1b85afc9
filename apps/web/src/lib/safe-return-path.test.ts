import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnPath("/attempts/abc?x=1")).toBe("/attempts/abc?x=1");
  });

  it("drops anything that could leave the site", () => {
    for (const value of [
      "https://evil.test",
      "//evil.test",
      "/\\evil.test",
      "javascript:alert(1)",
      "",
      42,
      null,
    ]) {
      expect(safeReturnPath(value)).toBeNull();
    }
  });
});
