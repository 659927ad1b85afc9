import { readFileSync } from "node:fs";
import { join } from "node:path";
import { E2E_DIST_DIR, ROOT } from "./app-server.ts";

/** Server action ids of the build under test, by exported function name (they change with every build). */
export function serverActionIds(): Map<string, string> {
  const manifest = JSON.parse(
    readFileSync(
      join(ROOT, "apps", "web", E2E_DIST_DIR, "server", "server-reference-manifest.json"),
      "utf8",
    ),
  ) as { node: Record<string, { exportedName?: string }> };
  return new Map(
    Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName ?? id, id] as const),
  );
}
