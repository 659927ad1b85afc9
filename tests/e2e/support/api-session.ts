import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";

export interface Account {
  name: string;
  email: string;
  password: string;
  role: "student" | "teacher";
}

/**
 * Options for new browser contexts that start signed in as `email`. Signing in
 * goes through the auth API, not the sign-in page, and the contexts made from
 * these options start with an empty cache: the next page is a true first load.
 */
export async function signedInSession(
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
): Promise<BrowserContextOptions> {
  return session(browser, baseUrl, (context) =>
    postAuth(context, baseUrl, "/api/auth/sign-in/email", { email, password }),
  );
}

/** As `signedInSession`, for a new account. */
export async function signedUpSession(
  browser: Browser,
  baseUrl: string,
  account: Account,
): Promise<BrowserContextOptions> {
  return session(browser, baseUrl, (context) =>
    postAuth(context, baseUrl, "/api/auth/sign-up/email", { ...account }),
  );
}

async function session(
  browser: Browser,
  baseUrl: string,
  authenticate: (context: BrowserContext) => Promise<void>,
): Promise<BrowserContextOptions> {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    await authenticate(context);
    return { baseURL: baseUrl, storageState: await context.storageState() };
  } finally {
    await context.close();
  }
}

// Sign-in and sign-up are rate limited per address: each call claims its own
// (X-Forwarded-For) in 10.255/16, which the HTTP test client never uses.
const SUBNET = Math.floor(Math.random() * 256);
let calls = 0;

async function postAuth(
  context: BrowserContext,
  baseUrl: string,
  path: string,
  data: Record<string, string>,
) {
  calls += 1;
  const response = await context.request.post(new URL(path, baseUrl).href, {
    data,
    headers: { origin: baseUrl, "x-forwarded-for": `10.255.${SUBNET}.${calls % 256}` },
  });
  if (!response.ok())
    throw new Error(
      `${path} for ${data.email} failed: ${response.status()} ${await response.text()}`,
    );
}
