#!/usr/bin/env node
// `npm start`: check the configuration, build the web app if its sources
// changed since the last build, bring the database up to date (seeding the demo
// data where allowed), then serve through apps/web/server.mjs.
//
// With NODE_ENV=production this is a real deployment: BETTER_AUTH_SECRET and
// QUIZDECK_ORIGIN must be given, and nothing is made up. Without it, it is the
// local demo: the secret is kept in .data/auth-secret and the origin is
// http://localhost:$PORT.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureAuthSecret, ensurePrivateDir } from "./auth-secret.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const web = join(root, "apps", "web");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const production = env.NODE_ENV === "production";
const port = env.PORT || "3000";

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env, ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === ".next" || entry.name.startsWith("."))
      continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  const buildId = join(web, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = [
    web,
    join(root, "packages", "content", "src"),
    join(root, "packages", "core", "src"),
    join(root, "packages", "db", "src"),
  ];
  return sources.some((dir) => newestChange(dir) > built);
}

if (production) {
  const missing = ["BETTER_AUTH_SECRET", "QUIZDECK_ORIGIN"].filter((name) => !env[name]);
  if (missing.length > 0) {
    console.error(
      `NODE_ENV=production: set ${missing.join(" and ")} first (see README, "Configuration"). Nothing was started.`,
    );
    process.exit(1);
  }
} else {
  env.BETTER_AUTH_SECRET ||= ensureAuthSecret(join(root, ".data"));
  env.QUIZDECK_ORIGIN ||= `http://localhost:${port}`;
}

// The embedded database's default home holds every password hash: its owner's only.
if (!env.DATABASE_URL && !env.QUIZDECK_DATA_DIR) ensurePrivateDir(join(root, ".data"));

if (needsBuild()) {
  console.log("Building the web app (first start, or sources changed)...");
  run("npm", ["run", "build", "-w", "@quizdeck/web"], { cwd: root });
}
run("npm", ["run", "db:prepare", "-w", "@quizdeck/db", "--silent"], { cwd: root });

console.log(`\nquizdeck is starting on ${env.QUIZDECK_ORIGIN}\n`);
warnIfOriginDiffers(env.QUIZDECK_ORIGIN, port);
const server = spawn(process.execPath, [join(web, "server.mjs")], {
  cwd: web,
  stdio: "inherit",
  env: { ...env, PORT: port },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

/**
 * Sign-in and shareable links use QUIZDECK_ORIGIN: say so when it cannot be
 * the address just printed (a loopback origin on another port, or no URL).
 */
function warnIfOriginDiffers(origin, port) {
  if (!origin) return;
  let url;
  try {
    url = new URL(origin);
  } catch {
    console.warn(
      `Warning: QUIZDECK_ORIGIN (${origin}) is not a URL; the app will refuse to start.`,
    );
    return;
  }
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  const servedPort = url.port || (url.protocol === "https:" ? "443" : "80");
  if (loopback && servedPort !== String(port)) {
    console.warn(
      `Warning: QUIZDECK_ORIGIN is ${url.origin}, but the app serves port ${port}. ` +
        "Sign-in and join links use QUIZDECK_ORIGIN: set it to the address people open.",
    );
  } else if (!loopback) {
    console.log(`People open it at ${url.origin} (QUIZDECK_ORIGIN); links point there.\n`);
  }
}
