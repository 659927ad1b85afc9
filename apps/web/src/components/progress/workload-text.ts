import { longDay, percent } from "./series-text";

/**
 * Words for the workload forecast and the memory model behind it: what the
 * chart's summary, its table and the target choices say. Pure, so unit-tested.
 */

export interface WorkloadDay {
  dayKey: string;
  /** A mean over simulated futures, so rarely a whole number. */
  expectedReviews: number;
}

/** One decimal: what the chart draws and the table shows. */
export function roundReviews(expected: number): number {
  return Math.round(expected * 10) / 10;
}

/** "about 12", "under 1", "none": an expected count in words, never contradicting `roundReviews`. */
export function aboutReviews(expected: number): string {
  const shown = roundReviews(expected);
  if (shown === 0) return "none";
  if (shown < 1) return "under 1";
  return `about ${Math.round(expected)}`;
}

export function totalReviews(days: readonly WorkloadDay[]): number {
  return days.reduce((sum, day) => sum + day.expectedReviews, 0);
}

/** The screen reader's sentence for the whole chart. */
export function summarizeWorkload(days: readonly WorkloadDay[], target: number): string {
  const span = `the next ${days.length} days at ${percent(target)} target recall`;
  const busiest = days.reduce<WorkloadDay | null>(
    (top, day) => (top === null || day.expectedReviews > top.expectedReviews ? day : top),
    null,
  );
  if (!busiest || busiest.expectedReviews < 0.05) {
    return `Expected flashcard reviews per day over ${span}: none.`;
  }
  return `Expected flashcard reviews per day over ${span}: ${aboutReviews(totalReviews(days))} in all, the most on ${longDay(busiest.dayKey)} (${aboutReviews(busiest.expectedReviews)}).`;
}

/** "80% — about 380 reviews in the next 30 days": one target's choice. */
export function choiceText(target: number, expected: number, days: number): string {
  const reviews = aboutReviews(expected);
  return `${percent(target)} — ${reviews === "none" ? "no" : reviews} review${reviews === "about 1" ? "" : "s"} in the next ${days} days`;
}

/** Where the weights that schedule a learner come from, in a sentence's words. */
export function modelSourceText(model: {
  source: "student" | "class" | "default";
  reviews: number;
  className: string | null;
}): string {
  const reviews = `${model.reviews.toLocaleString("en")} reviews`;
  if (model.source === "student") return `fitted to your own ${reviews}`;
  if (model.source === "class") {
    return `fitted to the ${reviews} of your class${model.className ? ` “${model.className}”` : ""}, until you have enough of your own`;
  }
  return "FSRS's standard parameters, until you or your class have enough reviews to fit them";
}
