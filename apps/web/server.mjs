#!/usr/bin/env node
// The production server: Next.js's request handler on node:http. It exists for
// one reason Next.js's own `next start` cannot serve: the app must know the TCP
// peer of each request (route handlers never see the socket, and Next.js passes
// a client's X-Forwarded-For through untouched), so rate limits key on an
// address no client can forge. `npm start`, the end-to-end tests and the load
// driver all serve through it. One process for now; `serve()` is what each
// worker would run under node:cluster.
import { createServer } from "node:http";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

/** Set here on every request, from the socket; a client's own value under this name is dropped. */
const PEER_HEADER = "x-quizdeck-peer";
/** Every header of ours is private: none may come from outside. */
const PRIVATE_PREFIX = "x-quizdeck-";

/** What the configuration lacks to serve (safely, in production), as messages naming the variables. */
function configProblems(env) {
  const problems = [];
  const port = Number(env.PORT || 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push(`PORT must be a port number (1-65535), not ${JSON.stringify(env.PORT)}.`);
  }
  if ((env.NODE_ENV || "production") !== "production") return problems;
  if (!env.BETTER_AUTH_SECRET) {
    problems.push(
      "BETTER_AUTH_SECRET is not set: give it 32+ random characters (it signs sessions).",
    );
  }
  if (!env.QUIZDECK_ORIGIN) {
    problems.push(
      "QUIZDECK_ORIGIN is not set: give the public address, e.g. https://quiz.example.org.",
    );
  }
  return problems;
}

/** Replaces whatever the client claimed with the socket's own peer address. */
function stampPeer(request) {
  for (const name of Object.keys(request.headers)) {
    if (name.startsWith(PRIVATE_PREFIX)) delete request.headers[name];
  }
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
}

/** Prepares the build in `dir` and serves it on `port`; resolves once it listens. */
async function serve({ dir, port }) {
  const app = next({ dev: false, dir, hostname: "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    stampPeer(request);
    handle(request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });
  // Idle keep-alive connections outlive those of the proxies and clients in front (60 s at
  // most, usually), so it is never the server that closes one a client is about to reuse.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, resolve);
  });
  return server;
}

const problems = configProblems(process.env);
if (problems.length > 0) {
  console.error(
    `quizdeck will not start:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`,
  );
  process.exit(1);
}
process.env.NODE_ENV ||= "production";
const port = Number(process.env.PORT || 3000);
await serve({ dir: dirname(fileURLToPath(import.meta.url)), port });
console.log(`quizdeck is serving on port ${port}`);
