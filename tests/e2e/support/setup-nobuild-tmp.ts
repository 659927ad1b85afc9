import type { TestProject } from "vitest/node";
import { startApp } from "./app-server.ts";

export default async function setup(project: TestProject) {
  const app = await startApp();
  project.provide("baseUrl", app.baseUrl);
  return () => app.stop();
}
