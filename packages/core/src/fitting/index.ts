export * from "./logged-review.ts";
export * from "./parameter-choice.ts";
export * from "./recall-calibration.ts";
export * from "./review-sequences.ts";
