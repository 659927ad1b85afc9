/**
 * The top frames of V8 CPU profiles (`node --cpu-prof`; the load driver writes
 * one per server process when QUIZDECK_CPU_PROFILE_DIR is set):
 *
 *   npx tsx tests/load/summarize-cpu-profile.ts /tmp/prof/*.cpuprofile [--top=20] [--phase=answers]
 *
 * Prints, over all the files together, where the busy time went (idle left
 * out): by the code it belongs to (an npm package, Node.js itself, or a source
 * file of ours), as self time and as inclusive time (a sample counts for every
 * area on its stack), and by function. Frames in the Next.js build are mapped
 * back to their sources through the build's source maps. --phase keeps only
 * the samples taken during that phase of a flat-out run ("refused" or
 * "answers"), as phases.jsonl beside the profiles records them.
 *
 * The profiler samples wall-clock time: on a busy machine a sample also counts
 * while the process waits for a core, so read the shares, not the milliseconds.
 */
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A phase's span on the monotonic clock, in µs (tests/load/support/flat-out-phases.ts). */
interface Span {
  name: string;
  fromUs: number;
  toUs: number;
}

/** A frame as it reads in the sources: the function, its file and line, and the area it belongs to. */
interface Place {
  name: string;
  area: string;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "20" }, phase: { type: "string" } },
});

/** The spans of `phase` recorded beside `file`; null keeps every sample. */
function spansFor(file: string, phase: string | undefined): Span[] | null {
  if (!phase) return null;
  const path = join(dirname(file), "phases.jsonl");
  if (!existsSync(path)) throw new Error(`No phases.jsonl beside ${file}`);
  return readFileSync(path, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Span)
    .filter((span) => span.name === phase);
}

const sourceMaps = new Map<string, SourceMap | null>();

/** The source map beside a file of the app's build (a package's own maps would name its sources, not it). */
function sourceMapOf(url: string): SourceMap | null {
  let map = sourceMaps.get(url);
  if (map === undefined) {
    map = null;
    if (url.startsWith("file://") && !url.includes("/node_modules/")) {
      const path = `${fileURLToPath(url)}.map`;
      if (existsSync(path)) map = new SourceMap(JSON.parse(readFileSync(path, "utf8")));
    }
    sourceMaps.set(url, map);
  }
  return map;
}

/** A source path as the areas name it: the npm package, node:*, or our own file from the repository root. */
export function areaOf(path: string): string {
  const decoded = decodeURIComponent(path.replace(/^file:\/\//, ""));
  if (decoded.startsWith("node:")) return "node:*";
  const modules = decoded.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const [scopeOrName = "", name = ""] = decoded
      .slice(modules + "node_modules/".length)
      .split("/");
    return scopeOrName.startsWith("@") ? `${scopeOrName}/${name}` : scopeOrName;
  }
  const ours = /(?:^|\/)((?:apps|packages)\/.*)$/.exec(decoded)?.[1];
  return ours ?? decoded.replace(/^.*\/\.next[^/]*\//, ".next/");
}

function placeOf(frame: CallFrame): Place {
  const name = frame.functionName || "(anonymous)";
  if (!frame.url) return { name, area: name.startsWith("(") ? name : "(native)" };
  const entry = sourceMapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
  if (entry && "originalSource" in entry && entry.originalSource) {
    const area = areaOf(entry.originalSource);
    return { name: `${name} ${area}:${entry.originalLine + 1}`, area };
  }
  const area = areaOf(frame.url);
  const file = frame.url.startsWith("node:") ? frame.url : area;
  return { name: `${name} ${file}:${frame.lineNumber + 1}`, area };
}

function summarize(files: string[], top: number, phase: string | undefined): string {
  const selfByArea = new Map<string, number>();
  const inclusiveByArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number) =>
    map.set(key, (map.get(key) ?? 0) + ms);
  let busyMs = 0;
  let idleMs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parents = new Map<number, number>();
    for (const node of profile.nodes) {
      for (const child of node.children ?? []) parents.set(child, node.id);
    }
    const places = new Map<number, Place>();
    const placeOfNode = (id: number): Place | null => {
      const node = nodes.get(id);
      if (!node) return null;
      let place = places.get(id);
      if (!place) {
        place = placeOf(node.callFrame);
        places.set(id, place);
      }
      return place;
    };
    const spans = spansFor(file, phase);
    let at = profile.startTime;
    profile.samples.forEach((id, index) => {
      const delta = profile.timeDeltas[index] ?? 0;
      at += delta;
      if (spans && !spans.some((span) => at >= span.fromUs && at <= span.toUs)) return;
      const ms = delta / 1000;
      const place = placeOfNode(id);
      if (!place) return;
      if (place.name.startsWith("(idle)")) {
        idleMs += ms;
        return;
      }
      busyMs += ms;
      add(selfByArea, place.area, ms);
      add(byFunction, place.name, ms);
      const onStack = new Set<string>();
      for (let node: number | undefined = id; node !== undefined; node = parents.get(node)) {
        const area = placeOfNode(node)?.area;
        if (area && !area.startsWith("(root)")) onStack.add(area);
      }
      for (const area of onStack) add(inclusiveByArea, area, ms);
    });
  }
  const rows = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([name, ms]) =>
          `| ${name.replaceAll("|", "\\|")} | ${ms.toFixed(0)} | ${((100 * ms) / busyMs).toFixed(1)}% |`,
      );
  return [
    `${files.length} profile(s)${phase ? `, phase "${phase}"` : ""}: ${busyMs.toFixed(0)} ms busy, ${idleMs.toFixed(0)} ms idle.`,
    "",
    "| self time in | ms | share of busy |",
    "| --- | ---: | ---: |",
    ...rows(selfByArea),
    "",
    "| inclusive time in | ms | share of busy |",
    "| --- | ---: | ---: |",
    ...rows(inclusiveByArea),
    "",
    "| function (self time) | ms | share of busy |",
    "| --- | ---: | ---: |",
    ...rows(byFunction),
  ].join("\n");
}

if (positionals.length === 0) {
  console.error("Give one or more .cpuprofile files.");
  process.exitCode = 2;
} else {
  console.log(summarize(positionals, Number(values.top), values.phase));
}
