import { lazy } from "react";

/*
 * Parts of the quiz player that the first view of an untimed quiz does not
 * show, kept out of its first load (budget: 150 KB of gzipped JavaScript,
 * tests/e2e/page-weight.e2e.test.ts) and loaded when first rendered. Render
 * them inside <Suspense>.
 *
 * Only parts that cannot be needed while the connection is down before they
 * have loaded are split off: feedback arrives from the server (and a resumed
 * quiz that already has feedback to show preloads the panel at once), and a
 * countdown shows from the first render, while the page itself is loading.
 * The ordering input and the submit dialog stay in the first load: a student
 * can reach either offline.
 */

const loadFeedbackPanel = () =>
  import("./feedback-panel").then((module) => ({ default: module.FeedbackPanel }));

export const FeedbackPanel = lazy(loadFeedbackPanel);

export const Countdown = lazy(() =>
  import("./countdown").then((module) => ({ default: module.Countdown })),
);

/** Starts loading the feedback panel before it is needed; a failure here is retried on render. */
export function preloadFeedbackPanel() {
  loadFeedbackPanel().catch(() => {});
}
