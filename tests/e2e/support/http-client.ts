import { inject } from "vitest";

// Test files run in separate module contexts: a random second octet keeps their addresses apart.
const NETWORK = 1 + Math.floor(Math.random() * 250);
let forwardedFor = 0;

/** Stands for the form's fields in a server action's argument list. */
export const FORM_DATA = Symbol("form data");

/**
 * A cookie-keeping HTTP client acting as one person, for tests that need no
 * browser. Each client claims its own address (X-Forwarded-For), so per-address
 * rate limits do not couple unrelated tests.
 */
export class HttpClient {
  readonly baseUrl = inject("baseUrl");
  readonly address = `10.${NETWORK}.${Math.floor(++forwardedFor / 250)}.${forwardedFor % 250}`;
  private readonly cookies = new Map<string, string>();

  async request(
    method: string,
    path: string,
    options: { json?: unknown; origin?: string | null } = {},
  ) {
    const headers: Record<string, string> = { "x-forwarded-for": this.address };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    }
    if (method !== "GET") {
      const origin = options.origin === undefined ? this.baseUrl : options.origin;
      if (origin !== null) headers.origin = origin;
    }
    if (options.json !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers,
      body: options.json === undefined ? undefined : JSON.stringify(options.json),
      redirect: "manual",
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const separator = pair?.indexOf("=") ?? -1;
      if (pair && separator > 0)
        this.cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
    return response;
  }

  get(path: string) {
    return this.request("GET", path);
  }

  post(path: string, json: unknown, origin?: string | null) {
    return this.request("POST", path, { json, origin });
  }

  /**
   * Calls a server action the way React's client does: POST with the
   * Next-Action header and the arguments in React's reply encoding (a
   * FormData argument becomes fields prefixed "_1_" and the reference "$K1").
   */
  async callAction(
    actionId: string,
    args: unknown[],
    fields: Record<string, string>,
    origin: string = this.baseUrl,
  ) {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
    body.append("0", JSON.stringify(args.map((arg) => (arg === FORM_DATA ? "$K1" : arg))));
    const headers: Record<string, string> = {
      "x-forwarded-for": this.address,
      "next-action": actionId,
      origin,
      accept: "text/x-component",
    };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    }
    return fetch(new URL("/", this.baseUrl), { method: "POST", headers, body, redirect: "manual" });
  }

  async signIn(email: string, password: string) {
    const response = await this.post("/api/auth/sign-in/email", { email, password });
    if (!response.ok)
      throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  }

  async signUp(name: string, email: string, password: string, role: "student" | "teacher") {
    const response = await this.post("/api/auth/sign-up/email", { name, email, password, role });
    if (!response.ok)
      throw new Error(`sign-up as ${email} failed: ${response.status} ${await response.text()}`);
  }
}
