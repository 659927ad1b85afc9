import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeReturnPath("/attempts/abc?x=1")).toBe("/attempts/abc?x=1");
    expect(safeReturnPath("/flashcards?set=s-key-actors#top")).toBe(
      "/flashcards?set=s-key-actors#top",
    );
    expect(safeReturnPath("/")).toBe("/");
  });

  it("keeps percent-encoded slashes encoded, so the browser stays on the site", () => {
    expect(safeReturnPath("/%2F/evil.test")).toBe("/%2F/evil.test");
    expect(safeReturnPath("/%5Cevil.test")).toBe("/%5Cevil.test");
    expect(safeReturnPath("/%09/evil.test")).toBe("/%09/evil.test");
  });

  it.each([
    "https://evil.test",
    "HTTPS://EVIL.TEST",
    "//evil.test",
    "//EVIL.test",
    "/\\evil.test",
    "/\\/evil.test",
    "\\\\evil.test",
    "/\t/evil.test",
    "/\t\\evil.test",
    "/\n/evil.test",
    "/\r\nLocation: https://evil.test",
    "/home\n",
    " //evil.test",
    "/x/..//evil.test",
    "/./\u0000/evil",
    "javascript:alert(1)",
    "",
    42,
    null,
    undefined,
  ])("drops %j", (value) => {
    expect(safeReturnPath(value)).toBeNull();
  });
});
