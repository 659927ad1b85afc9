// The routes server.mjs serves itself, before Next.js's router: only the
// answer save, the one request every student sends dozens of times a quiz.
// Next.js's routing, request objects and response piping cost about a
// millisecond of CPU per request on top of the route's own work
// (docs/benchmarks.md). Nothing here is a second implementation: the handler
// is the route's own export from the build (defineRoute's wrapper, the same
// use case and error table Next.js would run), and the reply gets the headers
// next.config.ts gives every response, read from the build's manifest.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** Route files served directly, by the method and path pattern that reach them. */
const DIRECT_ROUTES = [
  {
    method: "POST",
    path: /^\/api\/attempts\/([^/]+)\/responses$/,
    file: "app/api/attempts/[attemptId]/responses/route.js",
    params: ["attemptId"],
  },
];

/**
 * A request body is read whole before the handler runs, and kept until it is
 * past the most the route accepts (MAX_JSON_BODY_BYTES in
 * src/server/http/read-json-body.ts, plus the chunk that crosses it), which is
 * enough for the route to answer 413. The rest is read and dropped: leaving it unread would reset the connection
 * under a client still sending it, which would see no reply at all.
 */
const BODY_READ_LIMIT = 64 * 1024 + 1;

/**
 * The headers next.config.ts sets on every path (its `headers()` as the build
 * recorded them). Null when a rule depends on more than the path (has/missing
 * conditions): the direct path would then not answer as Next.js does, so it is
 * not used.
 */
function headersForEveryPath(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, "routes-manifest.json"), "utf8"));
  const headers = {};
  for (const rule of manifest.headers ?? []) {
    if (rule.has || rule.missing) return null;
    if (!new RegExp(rule.regex).test("/api/x")) continue;
    for (const { key, value } of rule.headers) headers[key.toLowerCase()] = value;
  }
  return headers;
}

/** The request's body, whole (or cut just past BODY_READ_LIMIT). */
async function readBody(request) {
  const chunks = [];
  let length = 0;
  for await (const chunk of request) {
    if (length <= BODY_READ_LIMIT) chunks.push(chunk);
    length += chunk.length;
  }
  return Buffer.concat(chunks);
}

/** A Web Request for the route handler: the same method, path, query, headers and body. */
function webRequest(request, body) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) for (const one of value) headers.append(name, one);
    else if (value !== undefined) headers.set(name, value);
  }
  // Only the path and query are read from the URL; the host is the Host header's business.
  return new Request(new URL(request.url ?? "/", "http://localhost"), {
    method: request.method,
    headers,
    body: body.length > 0 ? body : undefined,
  });
}

async function answer(route, staticHeaders, request, response, match) {
  const params = {};
  for (const [index, name] of route.params.entries()) {
    params[name] = decodeURIComponent(match[index + 1] ?? "");
  }
  try {
    const reply = await route.handler(webRequest(request, await readBody(request)), {
      params: Promise.resolve(params),
    });
    const headers = { ...staticHeaders };
    for (const [name, value] of reply.headers) if (name !== "set-cookie") headers[name] = value;
    const cookies = reply.headers.getSetCookie();
    if (cookies.length > 0) headers["set-cookie"] = cookies;
    const body = Buffer.from(await reply.arrayBuffer());
    headers["content-length"] = String(body.length);
    response.writeHead(reply.status, headers).end(body);
  } catch (error) {
    // The client went away mid-body: nobody to answer, and no fault of ours to log.
    if (!request.complete) {
      response.destroy();
      return;
    }
    // A fault of ours, as Next.js answers one: logged, and a bare 500.
    console.error(error);
    if (!response.headersSent) response.writeHead(500, staticHeaders).end();
    else response.destroy();
  }
}

/**
 * Loads the direct routes' handlers from the build in `distDir`. Returns
 * `serve(request, response)`: true when the request was one of them (and is
 * being answered), false when it is Next.js's.
 */
export async function loadDirectRoutes(distDir) {
  const staticHeaders = headersForEveryPath(distDir);
  if (!staticHeaders) return () => false;
  const require = createRequire(join(distDir, "server", "index.js"));
  const routes = [];
  for (const route of DIRECT_ROUTES) {
    const { routeModule } = require(join(distDir, "server", route.file));
    await routeModule.ensureUserland();
    const handler = routeModule.userland[route.method];
    if (typeof handler !== "function") throw new Error(`${route.file} has no ${route.method}.`);
    routes.push({ ...route, handler });
  }
  return (request, response) => {
    const url = request.url ?? "/";
    const query = url.indexOf("?");
    const path = query < 0 ? url : url.slice(0, query);
    for (const route of routes) {
      if (request.method !== route.method) continue;
      const match = route.path.exec(path);
      if (!match) continue;
      void answer(route, staticHeaders, request, response, match);
      return true;
    }
    return false;
  };
}
