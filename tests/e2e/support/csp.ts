import type { BrowserContext, ConsoleMessage } from "playwright-core";

/** A Content-Security-Policy header as directive name → sources. */
export function cspDirectives(header: string | null): Map<string, string[]> {
  return new Map(
    (header ?? "")
      .split(";")
      .map((directive) => directive.trim())
      .filter(Boolean)
      .map((directive) => {
        const [name = "", ...sources] = directive.split(/\s+/);
        return [name, sources];
      }),
  );
}

/** The nonce a policy allows scripts with, if any. */
export function scriptNonce(header: string | null): string | undefined {
  const sources = cspDirectives(header).get("script-src") ?? [];
  return sources.map((source) => /^'nonce-(.+)'$/.exec(source)?.[1]).find(Boolean);
}

/** The nonce attribute of every <script> opening tag in a page, null where it has none. */
export function scriptNonces(html: string): (string | null)[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)].map(
    ([tag]) => /\snonce="([^"]*)"/.exec(tag)?.[1] ?? null,
  );
}

/**
 * Records every CSP violation in a browser context: the pages'
 * securitypolicyviolation events (reported through a binding, which no CSP
 * can block) and Chromium's console errors about the policy.
 */
export async function watchCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding("reportCspViolation", (source, text: string) => {
    violations.push(`${source.page.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation(text: string): void })
        .reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} ${event.sample}`);
    });
  });
  context.on("console", (message: ConsoleMessage) => {
    if (/content[- ]security[- ]policy/i.test(message.text())) {
      violations.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  return violations;
}
