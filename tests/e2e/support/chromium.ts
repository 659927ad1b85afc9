import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.QUIZDECK_CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_REQUIRED = process.env.QUIZDECK_REQUIRE_CHROMIUM === "1";
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);

/** Debian's Chromium, headless, with nothing reaching for the network (Playwright gives it a fresh profile). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
