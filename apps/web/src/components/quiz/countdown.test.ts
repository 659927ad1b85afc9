import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Countdown } from "./countdown";
import { DeadlineKindProvider } from "./deadline-kind";

const NOW = Date.parse("2026-03-01T10:00:00Z");
const later = (ms: number) => NOW + ms;
const HOUR = 3_600_000;

const render = (deadlineMs: number, kind?: "time-limit" | "due") =>
  renderToStaticMarkup(
    createElement(Countdown, { deadlineMs, initialNowMs: NOW, onExpire: () => undefined, kind }),
  );

const text = (html: string) => html.replace(/<[^>]+>/g, "").trim();

describe("Countdown", () => {
  it("shows a due time days away in words, not as a clock", () => {
    const html = render(later(165 * HOUR + 33 * 60_000 + 54_000), "due");
    expect(text(html)).toBe("Due in 6 days");
    expect(html).toContain('aria-label="Due in 6 days"');
    expect(html).not.toContain("165:33:54");
  });

  it("shows hours and minutes on the due date's last day", () => {
    expect(text(render(later(5 * HOUR + 12 * 60_000), "due"))).toBe("Due in 5 h 12 min");
  });

  it("keeps the clock for a real time limit", () => {
    const html = render(later(12 * 60_000 + 4_000));
    expect(text(html)).toBe("Time left 12:04");
    expect(html).toContain('aria-label="Time left: 12 minutes 4 seconds"');
  });

  it("takes the kind from the attempt page when the player does not say", () => {
    const html = renderToStaticMarkup(
      createElement(
        DeadlineKindProvider,
        { kind: "due" },
        createElement(Countdown, {
          deadlineMs: later(3 * 24 * HOUR),
          initialNowMs: NOW,
          onExpire: () => undefined,
        }),
      ),
    );
    expect(text(html)).toBe("Due in 3 days");
  });
});
