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

/** One server action's id in the build under test; a missing one is an error, not an empty id. */
export function serverActionId(name: string): string {
  const id = serverActionIds().get(name);
  if (!id) throw new Error(`The build has no server action ${name}`);
  return id;
}
