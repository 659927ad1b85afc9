import { gzipSync } from "node:zlib";
import type { Page, Response } from "playwright-core";

export interface ScriptFile {
  /** The path on the app's origin (for instance /_next/static/chunks/…). */
  path: string;
  bytes: number;
  /** The body gzipped here at zlib's default level, whatever the server sent. */
  gzipBytes: number;
}

export interface FirstLoad {
  /** Where the navigation ended (after any redirect). */
  url: string;
  scripts: ScriptFile[];
  bytes: number;
  gzipBytes: number;
}

/**
 * Sizes are reported in KiB (1,024 bytes), the unit of performance budgets
 * (Lighthouse's budget.json among them); Next.js used to print kB (1,000).
 */
export const KIB = 1024;

/**
 * Navigates `page` to `path` and weighs every JavaScript file fetched until the
 * network has been idle for 500 ms: the HTML's scripts, the chunks they load,
 * and whatever the router prefetches meanwhile. It is a first load only when
 * the page's browser context has an empty cache, so give it a fresh context.
 * Inline scripts (Next.js's bootstrap and the RSC payload) are part of the
 * HTML, not files, and are not counted.
 */
export async function weighFirstLoadJs(page: Page, path: string): Promise<FirstLoad> {
  const pending: Promise<ScriptFile | null>[] = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() === "script") pending.push(weigh(response));
  };
  page.on("response", onResponse);
  try {
    await page.goto(path, { waitUntil: "networkidle" });
  } finally {
    page.off("response", onResponse);
  }
  const byPath = new Map<string, ScriptFile>();
  for (const script of await Promise.all(pending)) {
    if (script) byPath.set(script.path, script);
  }
  const scripts = [...byPath.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    url: page.url(),
    scripts,
    bytes: sum(scripts.map((script) => script.bytes)),
    gzipBytes: sum(scripts.map((script) => script.gzipBytes)),
  };
}

async function weigh(response: Response): Promise<ScriptFile | null> {
  if (!response.ok()) return null;
  const body = await response.body();
  const url = new URL(response.url());
  return { path: url.pathname, bytes: body.length, gzipBytes: gzipSync(body).length };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
