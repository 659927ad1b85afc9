import { request } from "node:http";

/** Statuses whose response has no body (the Response constructor refuses one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * `fetch`, but from a chosen local address (127.x.y.z on Linux): the server
 * sees a different TCP peer, as it would see different machines. Node's
 * fetch cannot bind its socket, so this sends the request with node:http.
 * Only for a server on this machine (it connects to 127.0.0.1).
 */
export async function fetchFrom(
  localAddress: string,
  url: URL,
  init: RequestInit,
): Promise<Response> {
  const prepared = new Request(url, init);
  const body = init.body == null ? undefined : Buffer.from(await prepared.arrayBuffer());
  const headers: Record<string, string> = { host: url.host };
  prepared.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (body) headers["content-length"] = String(body.length);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: "127.0.0.1",
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: prepared.method,
        localAddress,
        headers,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("error", reject);
        incoming.on("end", () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) {
            for (const one of [value ?? []].flat()) responseHeaders.append(name, one);
          }
          const status = incoming.statusCode ?? 500;
          resolve(
            new Response(NULL_BODY.has(status) ? null : Buffer.concat(chunks), {
              status,
              statusText: incoming.statusMessage,
              headers: responseHeaders,
            }),
          );
        });
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}
