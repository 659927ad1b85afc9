import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname } from "node:path";
import type { BenchResult } from "./measure.ts";

export interface Machine {
  cores: number;
  cpu: string;
  node: string;
  /** The 1-minute load average when the run started: other work on the machine skews the figures. */
  load: number;
}

export function machine(): Machine {
  let cpu = "unknown";
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((text) => text.startsWith("model name"));
    if (line) cpu = line.slice(line.indexOf(":") + 1).trim();
  } catch {
    // Not Linux: leave it unknown.
  }
  return { cores: availableParallelism(), cpu, node: process.version, load: loadavg()[0] ?? 0 };
}

/** A duration with a unit that keeps three significant figures readable. */
export function formatMs(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 0.001) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1000).toFixed(ms < 0.01 ? 2 : 1)} µs`;
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

const count = (value: number) => Math.round(value).toLocaleString("en");

export function resultTable(results: readonly BenchResult[]): string {
  const rows = results.map(
    (result) =>
      `| ${result.name} | ${formatMs(result.medianMs)} | ${formatMs(result.p95Ms)} | ${count(result.opsPerSecond)} | ${count(result.runs)} |`,
  );
  return [
    "| benchmark | median | p95 | ops/s | runs |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}

const HEADING = "## Micro-benchmarks";

/**
 * Writes `section` (starting with `heading`) into the benchmarks page, replacing
 * the previous run's section of that heading and keeping every other section.
 */
export function writeSection(path: string, section: string, heading: string = HEADING) {
  const current = existsSync(path)
    ? readFileSync(path, "utf8")
    : "# Benchmarks\n\nMeasured figures only; each section says how and when it was measured.\n";
  const start = current.indexOf(`${heading}\n`);
  let next: string;
  if (start === -1) {
    next = `${current.trimEnd()}\n\n${section.trimEnd()}\n`;
  } else {
    const after = current.indexOf("\n## ", start + heading.length);
    const rest = after === -1 ? "" : `\n${current.slice(after + 1)}`;
    next = `${current.slice(0, start)}${section.trimEnd()}\n${rest}`;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, next);
}

export { HEADING as MICRO_BENCHMARKS_HEADING };

/** A connection string without its password, for the page. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "PASSWORD";
  return parsed.toString();
}
