/**
 * Small, pure helpers for drawing charts as SVG: nice axis ticks, linear
 * scales, bar bands and label thinning. No DOM, so they are unit-tested.
 */

/**
 * Ticks from 0 up to the first "nice" value (1, 2 or 5 × 10^k steps) at or above
 * `max`, with at most about `target` steps. Whole numbers when `integer`.
 */
export function niceTicks(max: number, target = 4, integer = true): number[] {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const rough = top / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(rough));
  let step = [1, 2, 5, 10].map((factor) => factor * power).find((s) => s >= rough) ?? power * 10;
  if (integer) step = Math.max(1, Math.round(step));
  const count = Math.ceil(top / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => roundTo(i * step, 10));
}

/** Ticks for a score axis in [0, 1]: 0%, 25%, 50%, 75%, 100%. */
export const SCORE_TICKS = [0, 0.25, 0.5, 0.75, 1] as const;

/** Maps [0, domainMax] onto [rangeStart, rangeEnd]; values are clamped into the domain. */
export function linearScale(domainMax: number, rangeStart: number, rangeEnd: number) {
  const span = domainMax > 0 ? domainMax : 1;
  return (value: number) => {
    const clamped = Math.min(Math.max(value, 0), span);
    return rangeStart + (clamped / span) * (rangeEnd - rangeStart);
  };
}

export interface Band {
  /** Left edge of the bar (or of the group of bars) in the band. */
  x: number;
  /** Width of the bar (or group). */
  width: number;
  /** Centre of the band, where its label goes. */
  center: number;
}

/** Splits [start, start + width] into `count` equal bands with a bar centred in each. */
export function bands(count: number, start: number, width: number, padding = 0.2): Band[] {
  if (count <= 0) return [];
  const step = width / count;
  const bar = step * (1 - Math.min(Math.max(padding, 0), 0.9));
  return Array.from({ length: count }, (_, i) => ({
    x: start + i * step + (step - bar) / 2,
    width: bar,
    center: start + i * step + step / 2,
  }));
}

/** Every how many categories to print a label so that at most `maxLabels` show. */
export function labelStride(count: number, maxLabels: number): number {
  if (count <= 0 || maxLabels <= 0) return 1;
  return Math.max(1, Math.ceil(count / maxLabels));
}

/**
 * Which category indexes get a label: every `stride`-th, counting back from the
 * last (a history ending today) or on from the first (a forecast starting today).
 */
export function labelledIndexes(
  count: number,
  maxLabels: number,
  from: "start" | "end" = "end",
): Set<number> {
  const stride = labelStride(count, maxLabels);
  const indexes = new Set<number>();
  if (from === "end") for (let i = count - 1; i >= 0; i -= stride) indexes.add(i);
  else for (let i = 0; i < count; i += stride) indexes.add(i);
  return indexes;
}

export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
