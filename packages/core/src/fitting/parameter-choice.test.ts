import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../scheduling/index.ts";
import { chooseWeights } from "./parameter-choice.ts";

const student = { weights: DEFAULT_WEIGHTS.map((w) => w * 1.1), reviews: 500 };
const klass = { weights: DEFAULT_WEIGHTS.map((w) => w * 0.9), reviews: 5000 };
const thresholds = { studentReviews: 400, classReviews: 1000 };

describe("chooseWeights", () => {
  it("takes the student's own fit, else the class's, else the defaults", () => {
    expect(chooseWeights({ student, class: klass }, thresholds)).toEqual({
      source: "student",
      ...student,
    });
    expect(
      chooseWeights({ student: { ...student, reviews: 399 }, class: klass }, thresholds),
    ).toEqual({
      source: "class",
      ...klass,
    });
    expect(
      chooseWeights(
        { student: { ...student, reviews: 10 }, class: { ...klass, reviews: 999 } },
        thresholds,
      ),
    ).toEqual({ source: "default", weights: DEFAULT_WEIGHTS, reviews: 0 });
    expect(chooseWeights({}, thresholds).source).toBe("default");
  });
});
