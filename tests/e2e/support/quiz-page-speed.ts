import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { type FirstLoad, KIB, weighFirstLoadJs } from "./first-load-js.ts";
import { answerWithKeyboard } from "./quiz-keyboard.ts";
import {
  cumulativeLayoutShift,
  type LayoutShift,
  readWebVitals,
  recordWebVitals,
  totalShift,
} from "./web-vitals.ts";

/** The quiz player's budget for JavaScript on a first load, gzipped (issue #6). */
export const QUIZ_PLAYER_JS_BUDGET = 150 * KIB;
/** The CLS that counts as good (web.dev's threshold). */
export const GOOD_CLS = 0.1;
/**
 * How long each answer takes to reach the server: longer than the 500 ms after a
 * key press in which the browser excuses layout shifts, as on a slow phone
 * connection, so a feedback panel that pushes the page counts against CLS
 * however fast the test server answers.
 */
export const ANSWER_LATENCY_MS = 600;

export interface QuizPageSpeed {
  firstLoad: FirstLoad;
  /** LCP of the cold load, in ms since navigation start. */
  lcpMs: number | null;
  lcpElement: string | null;
  /** CLS of the cold load alone (until the network was idle). */
  loadCls: number;
  /** CLS of the whole visit: the load, then the questions answered. */
  cls: number;
  /** Every shift of the visit added up, including those the browser excuses after input. */
  allShifts: number;
  shifts: LayoutShift[];
}

/**
 * One visit to the quiz player at `attemptPath` (a quiz with feedback after each
 * answer, none given yet): a cold load in a fresh browser context, then
 * `answers` questions answered by keyboard, each one's feedback read before
 * going on to the next.
 */
export async function measureQuizPage(
  browser: Browser,
  session: BrowserContextOptions,
  attemptPath: string,
  answers: number,
): Promise<QuizPageSpeed> {
  const context = await browser.newContext(session);
  context.setDefaultTimeout(15_000);
  try {
    const page = await context.newPage();
    await recordWebVitals(page);
    const firstLoad = await weighFirstLoadJs(page, attemptPath);
    const loaded = await readWebVitals(page);

    await page.route("**/api/attempts/*/responses", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, ANSWER_LATENCY_MS));
      await route.continue();
    });
    for (let answered = 0; answered < answers; answered++) {
      if (answered > 0) await page.getByRole("button", { name: "Next" }).press("Enter");
      await answerWithKeyboard(page);
      await page.getByRole("status").filter({ hasText: "All answers saved" }).waitFor();
    }
    await nextFrames(page);
    const visit = await readWebVitals(page);
    return {
      firstLoad,
      lcpMs: loaded.lcpMs,
      lcpElement: loaded.lcpElement,
      loadCls: cumulativeLayoutShift(loaded.shifts),
      cls: cumulativeLayoutShift(visit.shifts),
      allShifts: totalShift(visit.shifts),
      shifts: visit.shifts,
    };
  } finally {
    await context.close();
  }
}

/** Lets the last render paint and its layout-shift entries reach the observer. */
async function nextFrames(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
      ),
  );
}
