import type { Page } from "playwright-core";

export interface LayoutShift {
  /** Milliseconds since navigation start. */
  startTime: number;
  value: number;
  /** Within 500 ms of a key press or click: the browser leaves it out of CLS as expected. */
  hadRecentInput: boolean;
  /** What moved, as tag.class or tag#id, for reading a failure. */
  sources: string[];
}

export interface WebVitals {
  /** Largest Contentful Paint in ms since navigation start; null before any paint. */
  lcpMs: number | null;
  /** What the LCP element was (tag.class, and the start of its text). */
  lcpElement: string | null;
  shifts: LayoutShift[];
}

interface Recorded {
  lcp: { time: number; element: string | null }[];
  shifts: LayoutShift[];
}

/**
 * The recorder, as source text: a function handed to Playwright is sent as its
 * `toString()`, and tsx's transform adds `__name(…)` helper calls to it that do
 * not exist in the page.
 */
const RECORDER = `(() => {
  const describe = (node) => {
    if (!(node instanceof Element)) return node ? node.nodeName.toLowerCase() : null;
    const id = node.id ? "#" + node.id : "";
    const classes = [...node.classList].map((name) => "." + name).join("");
    const text = (node.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 40);
    return node.tagName.toLowerCase() + id + classes + (text ? " “" + text + "”" : "");
  };
  const recorded = { lcp: [], shifts: [] };
  window.__quizdeckVitals = recorded;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      recorded.lcp.push({ time: entry.startTime, element: describe(entry.element) });
    }
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      recorded.shifts.push({
        startTime: entry.startTime,
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        sources: (entry.sources || []).map((source) => describe(source.node) || "(gone)"),
      });
    }
  }).observe({ type: "layout-shift", buffered: true });
})();`;

/**
 * Starts recording LCP and layout shifts in every document `page` opens from
 * now on, before any of the page's own scripts run (buffered observers, so
 * nothing painted earlier is missed). Call before the navigation.
 */
export async function recordWebVitals(page: Page) {
  await page.addInitScript({ content: RECORDER });
}

/** What has been recorded in the page's current document so far. */
export async function readWebVitals(page: Page): Promise<WebVitals> {
  const recorded = await page.evaluate(
    () => (window as unknown as { __quizdeckVitals?: Recorded }).__quizdeckVitals ?? null,
  );
  if (!recorded) throw new Error(`web vitals were not recorded on ${page.url()}`);
  // The browser reports a new LCP candidate each time a larger element paints; the last one counts.
  const last = recorded.lcp.at(-1);
  return { lcpMs: last?.time ?? null, lcpElement: last?.element ?? null, shifts: recorded.shifts };
}

/**
 * Cumulative Layout Shift as browsers define it: shifts without recent input,
 * grouped into session windows (a gap under 1 s, at most 5 s long); the
 * largest window's sum.
 */
export function cumulativeLayoutShift(shifts: readonly LayoutShift[]): number {
  let largest = 0;
  let windowSum = 0;
  let windowStart = Number.NEGATIVE_INFINITY;
  let previous = Number.NEGATIVE_INFINITY;
  for (const shift of shifts) {
    if (shift.hadRecentInput) continue;
    if (shift.startTime - previous >= 1000 || shift.startTime - windowStart >= 5000) {
      windowSum = 0;
      windowStart = shift.startTime;
    }
    windowSum += shift.value;
    previous = shift.startTime;
    largest = Math.max(largest, windowSum);
  }
  return largest;
}

/** Every shift's score added up, including those the browser excuses as following input. */
export function totalShift(shifts: readonly LayoutShift[]): number {
  return shifts.reduce((total, shift) => total + shift.value, 0);
}
