// The floor of one HTTP exchange on this machine at this moment: node:http
// answering every request with a small JSON body, nothing else. The flat-out
// runs measure its CPU per request beside the app's (flat-out-phases.ts).
import { createServer } from "node:http";

const BODY = JSON.stringify({ error: { code: "INVALID_INPUT", message: "clientId is missing." } });

const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    response.writeHead(422, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(BODY),
    });
    response.end(BODY);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), () => process.send?.("listening"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
