import { describe, expect, it } from "vitest";
import { z } from "zod";
import { InvalidInputError, parseInput } from "../src/errors.ts";

const schema = z.object({
  name: z.string(),
  tags: z.array(z.string()).default([]),
  meta: z.record(z.string(), z.string()).default({}),
});

describe("parseInput", () => {
  it("returns the parsed value for good input", () => {
    expect(parseInput(schema, { name: "Zagorski", tags: ["csto"] })).toEqual({
      name: "Zagorski",
      tags: ["csto"],
      meta: {},
    });
  });

  it("reports zod's issues per field", () => {
    const error = (() => {
      try {
        parseInput(schema, { name: 42 });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).fieldErrors.name).toHaveLength(1);
  });

  it("refuses text the database cannot store, wherever it is, keys included", () => {
    for (const input of [
      { name: "a\u0000b" },
      { name: "ok", tags: ["fine", "\ud800"] },
      { name: "ok", meta: { "\udc00": "x" } },
    ]) {
      expect(() => parseInput(schema, input)).toThrow(/cannot be stored/);
    }
    expect(parseInput(schema, { name: "emoji 😀 and RTL \u200f fine" }).name).toContain("😀");
  });
});
