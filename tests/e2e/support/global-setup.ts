import type { TestProject } from "vitest/node";
import { buildApp, startApp } from "./app-server.ts";
import { CHROMIUM_PATH, CHROMIUM_REQUIRED, HAS_CHROMIUM } from "./chromium.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Builds the app once and serves it (embedded database, demo data) to every
 * end-to-end file: the HTTP-level tests always run; the browser tests run
 * where Chromium is installed, and say loudly when it is not.
 */
export default async function setup(project: TestProject) {
  if (!HAS_CHROMIUM) {
    const message = `Chromium not found at ${CHROMIUM_PATH}: the browser end-to-end tests do NOT run.`;
    if (CHROMIUM_REQUIRED) throw new Error(`${message} (QUIZDECK_REQUIRE_CHROMIUM=1)`);
    console.warn(`\n!!! ${message} Install Debian's chromium to run them.\n`);
  }
  buildApp();
  const app = await startApp();
  project.provide("baseUrl", app.baseUrl);
  return () => app.stop();
}
