#!/usr/bin/env node
// `npm start`: build the web app if its sources changed since the last build,
// bring the database up to date (seeding an empty embedded one), then serve.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const web = join(root, "apps", "web");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

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

/** Sessions are signed with this; kept in .data/ so they survive restarts. */
function ensureAuthSecret() {
  if (env.BETTER_AUTH_SECRET) return;
  const file = join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  env.BETTER_AUTH_SECRET = readFileSync(file, "utf8").trim();
}

if (needsBuild()) {
  console.log("Building the web app (first start, or sources changed)...");
  run("npm", ["run", "build", "-w", "@quizdeck/web"], { cwd: root });
}
run("npm", ["run", "db:prepare", "-w", "@quizdeck/db", "--silent"], { cwd: root });
ensureAuthSecret();

const port = env.PORT || "3000";
console.log(`\nquizdeck is starting on http://localhost:${port}\n`);
warnIfOriginDiffers(env.QUIZDECK_ORIGIN, port);
const server = spawn("npx", ["next", "start", "--port", port], { cwd: web, stdio: "inherit", env });
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
